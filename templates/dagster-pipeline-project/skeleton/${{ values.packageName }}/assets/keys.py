"""Asset keys, shared by the assets, the checks{% if values.dbt %}, the dbt models{% endif %} and the tests.

Each key is `<layer>/<table>` and names the DuckDB table `<layer>.<table>` holding the asset.
"""

from dagster import AssetKey

RAW_CASES = AssetKey(["bronze", "raw_cases"])
CASES = AssetKey(["silver", "cases"])
CASES_BY_DISTRICT = AssetKey(["gold", "cases_by_district"])
