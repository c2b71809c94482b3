-- Appeals with the decision they challenge; the appellant's name is not carried over.
select
    a.appeal_id,
    a.claim_id,
    c.claim_type,
    c.decision_at,
    a.hearing_date,
    a.outcome
from {{ source('bronze', 'appeals_raw') }} as a
left join {{ ref('claims_clean') }} as c using (claim_id)
