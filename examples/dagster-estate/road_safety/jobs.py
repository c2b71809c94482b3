"""Jobs and schedules of road_safety."""

from estate_platform.jobs import partitioned_job, refresh_job
from road_safety.bronze import (
    casualties_raw,
    collision_reports_raw,
    traffic_counts_raw,
    vehicles_raw,
    weather_observations_raw,
)
from road_safety.silver import casualties_clean, collisions_clean, traffic_flows_daily

DAILY_ASSETS = [
    collision_reports_raw,
    casualties_raw,
    vehicles_raw,
    traffic_counts_raw,
    weather_observations_raw,
    collisions_clean,
    casualties_clean,
    traffic_flows_daily,
]

daily_ingest, daily_schedule = partitioned_job(
    "daily_ingest",
    DAILY_ASSETS,
    "Loads one day of police reports, traffic counts and weather, and validates collisions.",
    hour=4,
)
refresh, refresh_schedule = refresh_job(DAILY_ASSETS, cron="30 7 * * *")

JOBS = [daily_ingest, refresh]
SCHEDULES = [daily_schedule, refresh_schedule]
