-- Each jobcentre has 40 work coach slots a fortnight in this estate.
select
    jobcentre_code,
    count(*) as booked,
    count(*) filter (where outcome = 'attended') as attended,
    40 as capacity,
    round(count(*) / 40, 2) as utilisation
from {{ ref('appointments_clean') }}
group by all
