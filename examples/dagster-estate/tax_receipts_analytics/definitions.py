"""Everything Dagster loads from the tax_receipts_analytics code location."""

import dagster as dg

from estate_platform.resources import shared_resources
from tax_receipts_analytics.bronze import BRONZE
from tax_receipts_analytics.checks import CHECKS
from tax_receipts_analytics.gold import GOLD
from tax_receipts_analytics.jobs import JOBS, SCHEDULES
from tax_receipts_analytics.silver import SILVER

defs = dg.Definitions(
    assets=[*BRONZE, *SILVER, *GOLD],
    asset_checks=CHECKS,
    jobs=JOBS,
    schedules=SCHEDULES,
    resources=shared_resources(),
    executor=dg.in_process_executor,
)
