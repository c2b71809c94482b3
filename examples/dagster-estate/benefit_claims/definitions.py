"""Everything Dagster loads from the benefit_claims code location."""

import dagster as dg

from benefit_claims.bronze import BRONZE
from benefit_claims.checks import CHECKS
from benefit_claims.dbt import claims_dbt_models, dbt
from benefit_claims.gold import GOLD
from benefit_claims.jobs import JOBS, SCHEDULES
from benefit_claims.reference import REFERENCE
from benefit_claims.silver import SILVER
from estate_platform.resources import shared_resources

defs = dg.Definitions(
    assets=[*BRONZE, *REFERENCE, *SILVER, claims_dbt_models, *GOLD],
    asset_checks=CHECKS,
    jobs=JOBS,
    schedules=SCHEDULES,
    resources={**shared_resources(), "dbt": dbt},
    # Steps share the process and run one after another: the data is small, and DuckDB
    # allows one writer per database file.
    executor=dg.in_process_executor,
)
