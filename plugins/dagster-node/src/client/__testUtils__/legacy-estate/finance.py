"""Finance project for Dagster 1.7: an external table read from claims."""

import dagster as dg

spend_by_region = dg.external_asset_from_spec(
    dg.AssetSpec(
        key=dg.AssetKey(["finance", "spend by region"]),
        group_name="gold",
        owners=["team:nobody-knows"],
        deps=[dg.AssetKey(["claims", "claimants"])],
    )
)

defs = dg.Definitions(assets=[spend_by_region])
