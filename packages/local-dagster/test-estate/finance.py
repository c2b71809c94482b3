"""Finance project of the test estate: a table another tool maintains, read from claims."""

import dagster as dg

spend_by_region = dg.AssetSpec(
    key=dg.AssetKey(["finance", "spend by region"]),
    group_name="gold",
    owners=["team:nobody-knows"],
    deps=[dg.AssetKey(["claims", "claimants"])],
)

defs = dg.Definitions(assets=[spend_by_region])
