"""The jobs and schedules every location has: one job per partitioning, and a refresh job.

* ``daily_ingest`` (or another partitioned job) loads one partition of the partitioned assets;
* ``refresh`` rebuilds every unpartitioned asset from what is stored.

Schedules start STOPPED, as Dagster creates them; the seed script launches runs itself.
"""

from collections.abc import Sequence
from typing import Any

import dagster as dg


def partitioned_job(
    name: str, assets: Sequence[dg.AssetsDefinition], description: str, hour: int | None = None
) -> tuple[Any, Any]:
    """A job over `assets`, which share a partitioning, and a schedule for time partitions
    (one run per partition, at `hour`:30 after the partition ends), or None."""
    job = dg.define_asset_job(name, selection=assets, description=description)
    if hour is None:
        return job, None
    schedule = dg.build_schedule_from_partitioned_job(job, hour_of_day=hour, minute_of_hour=30)
    return job, schedule


def refresh_job(
    partitioned: Sequence[dg.AssetsDefinition], cron: str = "0 7 * * *"
) -> tuple[Any, dg.ScheduleDefinition]:
    job = dg.define_asset_job(
        "refresh",
        selection=dg.AssetSelection.all() - dg.AssetSelection.assets(*partitioned),
        description="Rebuilds every unpartitioned asset of the location, with its checks.",
    )
    schedule = dg.ScheduleDefinition(
        name="refresh_schedule", job=job, cron_schedule=cron, execution_timezone="Europe/London"
    )
    return job, schedule
