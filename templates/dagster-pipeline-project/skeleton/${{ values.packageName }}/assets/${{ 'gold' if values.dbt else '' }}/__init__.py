"""Gold: business outputs, ready for reports and other teams.

In this project the gold layer is dbt: dbt_project/models/gold, loaded as assets in group
"gold" by the package's dbt module. Python gold assets, such as an export to another team's
bucket, go in this package and in ASSETS.
"""

from dagster import AssetsDefinition

ASSETS: list[AssetsDefinition] = []
