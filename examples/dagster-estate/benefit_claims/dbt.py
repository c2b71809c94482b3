"""The silver and gold dbt models of benefit_claims, as Dagster assets.

The manifest is built by ``dbt parse`` (seed.py runs it; loading the location runs it when the
manifest is missing). dbt tests become asset checks: an ``error`` test is blocking, a ``warn``
test reports a WARN failure.
"""

from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets

from benefit_claims.location import CLAIMS
from estate_platform.dbt import (
    EstateDbtTranslator,
    dbt_resource,
    point_views_at_data,
    prepared_project,
    with_row_counts,
)

DBT_PROJECT_DIR = Path(__file__).resolve().parent / "dbt_project"

dbt_project = prepared_project(DBT_PROJECT_DIR)
translator = EstateDbtTranslator(CLAIMS)
dbt = dbt_resource(dbt_project)


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=translator,
    name="claims_dbt_models",
)
def claims_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    point_views_at_data(context, dbt_project, translator)
    invocation = dbt.cli(["build"], context=context)
    yield from with_row_counts(context, invocation.stream())
