-- Silver: one valid row per case{% if values.personalData %}, with personal data masked{% endif %}.
-- Rejects rows with no case id, no readable submission time or a missing or negative
-- amount; when a case arrives more than once, the most recently loaded copy wins.
with typed as (
    select * from {{ ref('stg_cases') }}
{%- if values.partitioning != 'none' %}
    {% raw %}{% if is_incremental() and var("batch_key", none) is not none %}{% endraw %}
    where batch_key = '{{ var("batch_key") }}'
    {% raw %}{% endif %}{% endraw %}
{%- endif %}
),

valid as (
    select
        *,
        row_number() over (partition by case_id order by ingested_at desc) as copy_number
    from typed
    where case_id is not null
        and submitted_at is not null
        and amount_gbp >= 0
)

select
    batch_key,
    case_id,
    submitted_at,
    cast(submitted_at as date) as case_date,
    {{ postcode_district('postcode') }} as postcode_district,
    case
        when category in ('application', 'renewal', 'complaint') then category
        else 'other'
    end as category,
    amount_gbp{% if values.personalData %},
    person_key,
    {{ mask_ni_number('ni_number') }} as ni_number_masked,
    {{ mask_email('email') }} as email_masked{% endif %}
from valid
where copy_number = 1
