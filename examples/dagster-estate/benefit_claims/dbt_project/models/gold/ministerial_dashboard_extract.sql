select 'open_caseload' as headline, sum(open_claims)::double as value
from {{ ref('claimant_caseload_monthly') }}
union all
select 'latest_on_time_share', round(sum(on_time) / sum(payments), 3)
from {{ ref('payment_timeliness_kpi') }}
where paid_on = (select max(paid_on) from {{ ref('payment_timeliness_kpi') }})
