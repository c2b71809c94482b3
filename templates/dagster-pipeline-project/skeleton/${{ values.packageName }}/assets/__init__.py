"""The project's Python assets, layer by layer.{% if values.dbt %} The dbt models are loaded in ${{ values.packageName }}.dbt.{% endif %}"""

from ${{ values.packageName }}.assets import bronze, gold, silver

ASSETS = [*bronze.ASSETS, *silver.ASSETS, *gold.ASSETS]
