"""Claims project for Dagster 1.7, which has no kinds: the client reads them from compute_kind."""

import dagster as dg


@dg.asset(
    key=["claims", "raw_claims"],
    group_name="bronze",
    owners=["team:claims-data-team"],
    compute_kind="python",
    description="Claims as received.",
)
def raw_claims() -> None:
    return None


@dg.asset(
    key=["claims", "claimants"],
    group_name="silver",
    owners=["dana.okafor@public-data.example.gov.uk"],
    compute_kind="snowflake",
    tags={"domain": "claims"},
    deps=[raw_claims],
    metadata={
        "dagster/column_schema": dg.TableSchema(
            columns=[
                dg.TableColumn("claimant_id", "VARCHAR"),
                dg.TableColumn("nino", "VARCHAR", description="National Insurance number"),
            ]
        )
    },
)
def claimants() -> None:
    return None


@dg.asset_check(asset=claimants, blocking=True)
def claimants_have_nino() -> dg.AssetCheckResult:
    return dg.AssetCheckResult(passed=False, severity=dg.AssetCheckSeverity.ERROR)


defs = dg.Definitions(assets=[raw_claims, claimants], asset_checks=[claimants_have_nino])
