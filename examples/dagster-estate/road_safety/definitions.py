"""Everything Dagster loads from the road_safety code location."""

import dagster as dg

from estate_platform.resources import shared_resources
from road_safety.bronze import BRONZE
from road_safety.checks import CHECKS
from road_safety.gold import GOLD
from road_safety.jobs import JOBS, SCHEDULES
from road_safety.silver import SILVER

defs = dg.Definitions(
    assets=[*BRONZE, *SILVER, *GOLD],
    asset_checks=CHECKS,
    jobs=JOBS,
    schedules=SCHEDULES,
    resources=shared_resources(),
    executor=dg.in_process_executor,
)
