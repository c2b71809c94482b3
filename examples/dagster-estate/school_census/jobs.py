"""Jobs and schedules of school_census."""

from estate_platform.jobs import partitioned_job, refresh_job
from school_census.bronze import attendance_sessions_raw, exclusions_raw, pupil_census_returns_raw
from school_census.silver import attendance_daily, pupils

DAILY_ASSETS = [attendance_sessions_raw, attendance_daily]
TERMLY_ASSETS = [pupil_census_returns_raw, exclusions_raw, pupils]

daily_ingest, daily_schedule = partitioned_job(
    "daily_ingest",
    DAILY_ASSETS,
    "Loads one day of attendance marks from the participating schools.",
    hour=6,
)
# Census returns arrive once a term, when the collection closes: launched by hand.
termly_census, _ = partitioned_job(
    "termly_census",
    TERMLY_ASSETS,
    "Loads one term's census returns and exclusions and rebuilds the pupil register.",
)
refresh, refresh_schedule = refresh_job([*DAILY_ASSETS, *TERMLY_ASSETS], cron="0 8 * * *")

JOBS = [daily_ingest, termly_census, refresh]
SCHEDULES = [daily_schedule, refresh_schedule]
