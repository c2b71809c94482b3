"""Resources of health_outcomes_linkage: the linked data lives in the secure Snowflake account.

The import below fails: dagster-snowflake-pandas is not installed (it was dropped from the
image when pandas was removed), so the code location fails to load.
"""

from dagster_snowflake_pandas import SnowflakePandasIOManager

from estate_platform.resources import shared_resources


def linkage_resources() -> dict:
    return {
        **shared_resources(),
        "snowflake": SnowflakePandasIOManager(
            account="dpd-secure-linkage",
            user="svc_health_linkage",
            database="LINKAGE",
            warehouse="LINKAGE_WH",
        ),
    }
