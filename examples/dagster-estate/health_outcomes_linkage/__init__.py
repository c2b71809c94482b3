"""health_outcomes_linkage: hospital, GP and mortality records linked to benefit claimants.

This location does not load, on purpose: its resources import ``dagster_snowflake_pandas``,
a package that a dependency bump removed from the image and that this environment does not
have. Dagster reports the ModuleNotFoundError as the location's load error, and none of its
assets are served, as happens in real deployments.
"""
