-- Bronze, typed: the raw case records with types applied and text tidied.
-- Nothing is dropped or masked here; silver decides what is valid.
select
    batch_key,
    nullif(trim(case_id), '') as case_id,
    try_cast(regexp_replace(trim(submitted_at), '(Z|[+-]00:?00)$', '') as timestamp) as submitted_at,
{%- if values.personalData %}
    nullif(trim(ni_number), '') as ni_number,
    nullif(trim(email), '') as email,
    person_key,
{%- endif %}
    nullif(trim(postcode), '') as postcode,
    lower(trim(category)) as category,
    try_cast(replace(trim(amount_gbp), ',', '') as decimal(12, 2)) as amount_gbp,
    ingested_at
from {{ source('bronze', 'raw_cases') }}
