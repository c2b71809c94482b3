{%- if values.partitioning == 'none' -%}
"""How the assets are partitioned: in this project they are not.

Each run fetches the last LOOKBACK_DAYS of records and replaces the previous load, so every
table holds a single batch, keyed "latest". To partition later, give PARTITIONS_DEF a Dagster
time-window partitions definition and key each batch by its partition.
"""

from datetime import UTC, datetime, timedelta

from dagster import AssetExecutionContext

PARTITIONS_DEF = None
BACKFILL_POLICY = None

LOOKBACK_DAYS = 30
LATEST_BATCH = "latest"


def batch_key(context: AssetExecutionContext) -> str:
    """The batch a run writes: each run replaces the one batch there is."""
    return LATEST_BATCH


def fetch_window(context: AssetExecutionContext) -> tuple[datetime, datetime]:
    """The time range a run fetches from the source: the last LOOKBACK_DAYS, up to now."""
    now = datetime.now(UTC)
    start = now.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=LOOKBACK_DAYS)
    return start, now
{%- else -%}
"""How the assets are partitioned: one partition per ${{ 'day' if values.partitioning == 'daily' else 'month' }}, from 1 January 2024.

Every asset uses PARTITIONS_DEF, so a partition flows from bronze to gold. A run fetches the
records submitted in its partition and replaces that partition's rows (its batch) in each
table, so re-running or backfilling a partition is safe.
"""

from datetime import datetime

from dagster import (
    AssetExecutionContext,
    BackfillPolicy,
    ${{ 'Daily' if values.partitioning == 'daily' else 'Monthly' }}PartitionsDefinition,
)

PARTITIONS_DEF = ${{ 'Daily' if values.partitioning == 'daily' else 'Monthly' }}PartitionsDefinition(start_date="2024-01-01")
# A run writes one batch, so a backfill runs each partition on its own.
BACKFILL_POLICY = BackfillPolicy.multi_run(max_partitions_per_run=1)


def batch_key(context: AssetExecutionContext) -> str:
    """The batch a run writes: its partition key, such as "2024-03-01"."""
    return context.partition_key


def fetch_window(context: AssetExecutionContext) -> tuple[datetime, datetime]:
    """The time range a run fetches from the source: its partition's window."""
    window = context.partition_time_window
    return window.start, window.end
{%- endif %}
