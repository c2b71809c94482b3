-- Gold: cases and amounts per day, postcode district and category.
select
    batch_key,
    case_date,
    coalesce(postcode_district, 'UNKNOWN') as postcode_district,
    category,
    count(*) as case_count,
    sum(amount_gbp) as total_amount_gbp{% if values.personalData %},
    count(distinct person_key) as distinct_people{% endif %}
from {{ ref('cases') }}
{%- if values.partitioning != 'none' %}
{% raw %}{% if is_incremental() and var("batch_key", none) is not none %}{% endraw %}
where batch_key = '{{ var("batch_key") }}'
{% raw %}{% endif %}{% endraw %}
{%- endif %}
group by batch_key, case_date, coalesce(postcode_district, 'UNKNOWN'), category
