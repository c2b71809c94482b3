"""The dbt project in dbt_project/, loaded as Dagster assets.

Each model's layer is its folder: models/silver/cases.sql becomes asset silver/cases, in
group "silver", with the project's owners and compute tags. The dbt source bronze.raw_cases
is the Python bronze asset of the same key, so Dagster runs it first. dbt tests become
asset checks.
"""
{% if values.partitioning != 'none' %}
import json{% endif %}
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from dagster import (
    AssetExecutionContext,
    AssetKey,
    AssetSpec,
    TableColumn,
    TableSchema,
)
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from ..compute import compute_tags
from ..conventions import GOLD, LAYERS, OWNERS
from ..freshness import GOLD_FRESHNESS_POLICY
{%- if values.partitioning != 'none' %}
from ..partitions import BACKFILL_POLICY, PARTITIONS_DEF, batch_key
{%- endif %}
from ..pii import personal_data_column

# The Docker image sets DBT_PROJECT_DIR; in a checkout the project sits beside the package.
DBT_PROJECT_DIR = Path(
    os.getenv("DBT_PROJECT_DIR", Path(__file__).resolve().parents[2] / "dbt_project")
)

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
# `dagster dev` builds the manifest; CI and the Docker build run `dbt parse` instead.
dbt_project.prepare_if_dev()

dbt_resource = DbtCliResource(project_dir=dbt_project)


def model_layer(dbt_resource_props: Mapping[str, Any]) -> str | None:
    """The layer of a dbt model, from its folder under models/; None for anything else."""
    if dbt_resource_props.get("resource_type") != "model":
        return None
    fqn = dbt_resource_props.get("fqn", [])
    return fqn[1] if len(fqn) > 2 and fqn[1] in LAYERS else None


class LayeredDbtTranslator(DagsterDbtTranslator):
    """Puts each dbt model in its layer's group, with the project's owners and compute tags.

    Gold models get the gold freshness policy.
    """

    def get_asset_spec(
        self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None
    ) -> AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        if spec.group_name == GOLD:
            return spec.replace_attributes(freshness_policy=GOLD_FRESHNESS_POLICY)
        return spec

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> AssetKey:
        if dbt_resource_props.get("resource_type") == "source":
            return AssetKey([dbt_resource_props["source_name"], dbt_resource_props["name"]])
        layer = model_layer(dbt_resource_props)
        if layer is None:
            return super().get_asset_key(dbt_resource_props)
        return AssetKey([layer, dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return model_layer(dbt_resource_props) or super().get_group_name(dbt_resource_props)

    def get_owners(self, dbt_resource_props: Mapping[str, Any]) -> Sequence[str] | None:
        return OWNERS

    def get_tags(self, dbt_resource_props: Mapping[str, Any]) -> Mapping[str, str]:
        return {**super().get_tags(dbt_resource_props), **compute_tags()}

    def get_metadata(self, dbt_resource_props: Mapping[str, Any]) -> Mapping[str, Any]:
        """The default metadata, with the column schema tagging columns that hold personal data.

        A column holds personal data when schema.yml gives it `meta: {pii_category: ...}`.
        """
        metadata = dict(super().get_metadata(dbt_resource_props))
        columns = dbt_resource_props.get("columns") or {}
        if columns:
            metadata["dagster/column_schema"] = TableSchema(
                columns=[_table_column(column) for column in columns.values()]
            )
        return metadata


def _table_column(column: Mapping[str, Any]) -> TableColumn:
    meta = {**column.get("config", {}).get("meta", {}), **column.get("meta", {})}
    data_type = column.get("data_type") or "unknown"
    description = column.get("description") or ""
    if meta.get("pii_category"):
        return personal_data_column(column["name"], data_type, description, meta["pii_category"])
    return TableColumn(column["name"], data_type, description=description or None)


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=LayeredDbtTranslator(),
{%- if values.partitioning != 'none' %}
    partitions_def=PARTITIONS_DEF,
    # One partition per run, so each run's dbt models know which batch to rebuild.
    backfill_policy=BACKFILL_POLICY,
{%- endif %}
)
def dbt_models(context: AssetExecutionContext, dbt: DbtCliResource):
{%- if values.partitioning == 'none' %}
    yield from dbt.cli(["build"], context=context).stream()
{%- else %}
    dbt_vars = {"batch_key": batch_key(context)}
    yield from dbt.cli(["build", "--vars", json.dumps(dbt_vars)], context=context).stream()
{%- endif %}
