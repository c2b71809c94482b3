"""The project's Python assets, layer by layer.{% if values.dbt %}

The dbt models are loaded as assets by the package's dbt module.
{% endif %}"""

from . import bronze, gold, silver

ASSETS = [*bronze.ASSETS, *silver.ASSETS, *gold.ASSETS]
