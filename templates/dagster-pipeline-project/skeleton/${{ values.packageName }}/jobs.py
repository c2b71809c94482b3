"""The job that materialises every asset, and its schedule."""

from dagster import (
    AssetSelection,
{%- if values.partitioning == 'none' %}
    ScheduleDefinition,
{%- else %}
    build_schedule_from_partitioned_job,
{%- endif %}
    define_asset_job,
)

pipeline_job = define_asset_job(
    name="pipeline",
    selection=AssetSelection.all(),
    description="Bronze, silver and gold, with their checks.",
)
{%- if values.partitioning == 'none' %}

pipeline_schedule = ScheduleDefinition(
    job=pipeline_job,
    cron_schedule="0 6 * * *",
    execution_timezone="Europe/London",
)
{%- else %}

# Runs each ${{ 'day' if values.partitioning == 'daily' else 'month' }}'s partition once it has ended, at 06:00.
pipeline_schedule = build_schedule_from_partitioned_job(pipeline_job, hour_of_day=6)
{%- endif %}
