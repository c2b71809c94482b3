"""Silver: data cleaned, de-duplicated and validated{% if values.personalData %}, with personal data masked{% endif %}.

In this project the silver layer is dbt: dbt_project/models/silver, loaded as assets in
group "silver" by the package's dbt module. Python silver assets, when a step is easier in
Python than in SQL, go in this package and in ASSETS.
"""

from dagster import AssetsDefinition

ASSETS: list[AssetsDefinition] = []
