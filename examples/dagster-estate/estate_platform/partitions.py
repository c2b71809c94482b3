"""Partitionings used across the estate."""

import dagster as dg

# One partition per day since the estate went live; the day's files arrive overnight.
DAILY = dg.DailyPartitionsDefinition(
    start_date="2024-04-01", timezone="Europe/London", end_offset=0
)

# School census collections, one per term.
TERMS = dg.StaticPartitionsDefinition(["2024-autumn", "2025-spring", "2025-summer", "2025-autumn"])
