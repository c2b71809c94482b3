-- A missed appointment that was rebooked is "rebooked", not a no-show.
with appointments as (
    select * from {{ source('bronze', 'work_coach_appointments_raw') }}
)

select
    a.appointment_id,
    a.claimant_id,
    a.jobcentre_code,
    a.booked_for,
    a.attended,
    case
        when a.attended then 'attended'
        when a.appointment_id in (select rebooked_from from appointments) then 'rebooked'
        else 'no_show'
    end as outcome,
    coalesce(a.rebooked_from, a.appointment_id) as first_booking_id
from appointments as a
