select
    last_day(c.submitted_at::date) as month_end,
    c.claim_type,
    cl.household_size,
    count(distinct c.claim_id) as open_claims
from {{ ref('claims_clean') }} as c
inner join {{ ref('claimants') }} as cl using (nino_hash)
where c.status = 'open'
group by all
