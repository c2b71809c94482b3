"""Claims project of the test estate: a bronze asset, a silver asset with personal data."""

import dagster as dg


@dg.asset(
    key=["claims", "raw_claims"],
    group_name="bronze",
    owners=["team:claims-data-team"],
    kinds={"python"},
    description="Claims as received.",
)
def raw_claims() -> None:
    return None


@dg.asset(
    key=["claims", "claimants"],
    group_name="silver",
    owners=["dana.okafor@public-data.example.gov.uk"],
    deps=[raw_claims],
    kinds={"dbt", "snowflake"},
    metadata={
        "dagster/column_schema": dg.TableSchema(
            columns=[
                dg.TableColumn("claimant_id", "VARCHAR"),
                dg.TableColumn(
                    "nino",
                    "VARCHAR",
                    tags={"pii": "true", "pii_category": "national_insurance_number"},
                ),
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
