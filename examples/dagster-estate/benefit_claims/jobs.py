"""Jobs and schedules of benefit_claims."""

from benefit_claims.bronze import claims_raw, payments_raw
from benefit_claims.silver import payments_clean
from estate_platform.jobs import partitioned_job, refresh_job

DAILY_ASSETS = [claims_raw, payments_raw, payments_clean]

daily_ingest, daily_schedule = partitioned_job(
    "daily_ingest",
    DAILY_ASSETS,
    "Loads one day of ClaimsHub claims and payment instructions, and nets the payments.",
    hour=5,
)
refresh, refresh_schedule = refresh_job(DAILY_ASSETS)

JOBS = [daily_ingest, refresh]
SCHEDULES = [daily_schedule, refresh_schedule]
