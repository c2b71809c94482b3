with decisions as (
    select 'mandatory_reconsideration' as stage, outcome, outcome = 'revised' as overturned
    from {{ ref('reconsiderations_clean') }}
    where outcome <> 'pending'
    union all
    select 'tribunal_appeal', outcome, outcome = 'overturned'
    from {{ ref('appeals_clean') }}
    where outcome not in ('withdrawn', 'adjourned')
)

select
    stage,
    count(*) as decisions,
    count(*) filter (where overturned) as overturned,
    round(count(*) filter (where overturned) / count(*), 3) as overturned_share
from decisions
group by all
