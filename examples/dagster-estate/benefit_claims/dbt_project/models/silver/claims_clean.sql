-- One row per claim: the extract repeats claims, and resends changed ones.
with ranked as (
    select
        *,
        row_number() over (partition by claim_id order by submitted_at desc) as copy_number
    from {{ source('bronze', 'claims_raw') }}
),

latest as (
    select *, hash(claim_id) % 10 as bucket from ranked where copy_number = 1
)

select
    claim_id,
    {{ pseudonym('national_insurance_number') }} as nino_hash,
    postcode,
    claim_type,
    case when bucket < 7 then 'decided' else 'open' end as status,
    submitted_at,
    case when bucket < 7 then submitted_at + to_days((bucket + 2)::integer) end as decision_at
from latest
