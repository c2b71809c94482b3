"""Everything Dagster would load from health_outcomes_linkage (it fails at the first import)."""

import dagster as dg

from health_outcomes_linkage.assets import ASSETS
from health_outcomes_linkage.resources import linkage_resources  # ModuleNotFoundError

defs = dg.Definitions(
    assets=ASSETS,
    resources=linkage_resources(),
    executor=dg.in_process_executor,
)
