"""Everything Dagster loads from the school_census code location."""

import dagster as dg

from estate_platform.resources import shared_resources
from school_census.bronze import BRONZE
from school_census.checks import CHECKS
from school_census.gold import GOLD
from school_census.jobs import JOBS, SCHEDULES
from school_census.silver import SILVER

defs = dg.Definitions(
    assets=[*BRONZE, *SILVER, *GOLD],
    asset_checks=CHECKS,
    jobs=JOBS,
    schedules=SCHEDULES,
    resources=shared_resources(),
    executor=dg.in_process_executor,
)
