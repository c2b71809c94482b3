-- Working days from submission to decision: weekdays that are not England and Wales bank holidays.
with decided as (
    select claim_id, claim_type, submitted_at, decision_at
    from {{ ref('claims_clean') }}
    where decision_at is not null
),

days as (
    select
        claim_id,
        unnest(generate_series(submitted_at::date + 1, decision_at::date, interval 1 day))::date
            as day
    from decided
),

holidays as (
    select holiday_date
    from {{ source('reference', 'bank_holidays') }}
    where division = 'england-and-wales'
)

select
    d.claim_id,
    d.claim_type,
    d.submitted_at,
    d.decision_at,
    count(days.day) filter (
        where isodow(days.day) < 6 and days.day not in (select holiday_date from holidays)
    ) as working_days
from decided as d
left join days using (claim_id)
group by all
