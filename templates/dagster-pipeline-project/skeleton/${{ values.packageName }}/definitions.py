"""Everything Dagster loads from the ${{ values.name }} code location."""

from dagster import Definitions, in_process_executor

from ${{ values.packageName }}.assets import ASSETS
from ${{ values.packageName }}.checks import ASSET_CHECKS, FRESHNESS_CHECKS, freshness_checks_sensor
{%- if values.dbt %}
from ${{ values.packageName }}.dbt import dbt_models, dbt_resource
{%- endif %}
from ${{ values.packageName }}.jobs import pipeline_job, pipeline_schedule
from ${{ values.packageName }}.resources import build_resources

defs = Definitions(
    assets=[*ASSETS{% if values.dbt %}, dbt_models{% endif %}],
    asset_checks=[*ASSET_CHECKS, *FRESHNESS_CHECKS],
    jobs=[pipeline_job],
    schedules=[pipeline_schedule],
    sensors=[freshness_checks_sensor],
    resources={% if values.dbt %}{**build_resources(), "dbt": dbt_resource}{% else %}build_resources(){% endif %},
    # DuckDB allows one writer at a time, so a run's steps run one after another.
    executor=in_process_executor,
)
