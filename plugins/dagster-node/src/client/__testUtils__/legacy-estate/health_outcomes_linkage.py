"""A project whose code location fails to load: it imports a package that is not installed."""

import dagster_snowflake_pandas  # noqa: F401
import dagster as dg

defs = dg.Definitions(assets=[])
