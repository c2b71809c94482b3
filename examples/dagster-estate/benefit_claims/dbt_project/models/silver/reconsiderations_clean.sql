-- Clearance time in working days (Monday to Friday) from request to decision.
select
    reconsideration_id,
    claim_id,
    requested_at,
    cleared_at,
    outcome,
    case when cleared_at is not null then
        datediff('day', requested_at::date, cleared_at::date)
        - 2 * datediff('week', requested_at::date, cleared_at::date)
    end as clearance_working_days
from {{ source('bronze', 'mandatory_reconsiderations_raw') }}
