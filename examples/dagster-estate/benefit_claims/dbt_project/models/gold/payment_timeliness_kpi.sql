-- A payment is on time when it is made by its due date, 5 working days after the decision.
select
    date_trunc('week', p.paid_on)::date as week_start,
    p.paid_on,
    coalesce(t.claim_type, 'unknown') as claim_type,
    count(*) as payments,
    count(*) filter (where p.paid_on <= p.due_date) as on_time,
    round(count(*) filter (where p.paid_on <= p.due_date) / count(*), 4) as on_time_share,
    round(avg(t.working_days), 1) as mean_working_days_to_decision
from {{ source('silver', 'payments_clean') }} as p
left join {{ ref('claim_processing_times') }} as t using (claim_id)
group by all
