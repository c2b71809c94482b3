select
    recovery_method,
    count(*) as cases,
    sum(amount_gbp) as outstanding_gbp,
    sum(recovered_gbp) as recovered_gbp,
    round(sum(recovered_gbp) / nullif(sum(amount_gbp), 0), 3) as recovered_share
from {{ ref('overpayments_clean') }}
group by all
