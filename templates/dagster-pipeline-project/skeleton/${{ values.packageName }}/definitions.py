"""Everything Dagster loads from this project, the code location of the same name."""

from dagster import Definitions, in_process_executor

from .assets import ASSETS
from .checks import ASSET_CHECKS
{%- if values.dbt %}
from .dbt import dbt_models, dbt_resource
{%- endif %}
from .jobs import pipeline_job, pipeline_schedule
from .resources import build_resources

defs = Definitions(
    assets=[*ASSETS{% if values.dbt %}, dbt_models{% endif %}],
    asset_checks=ASSET_CHECKS,
    jobs=[pipeline_job],
    schedules=[pipeline_schedule],
    resources={% if values.dbt %}{**build_resources(), "dbt": dbt_resource}{% else %}build_resources(){% endif %},
    # DuckDB allows one writer at a time, so a run's steps run one after another.
    executor=in_process_executor,
)
