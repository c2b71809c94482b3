"""dbt on DuckDB, the estate's way: keys, owners, groups and column schemas from the manifest.

A dbt model ``models/<layer>/<name>.sql`` of a location becomes the asset
``<prefix>/<layer>/<name>``, in the layer's group, owned by the location's owners unless the
model's ``meta.owners`` says otherwise (``[]`` for none). Columns in schema.yml become the
``dagster/column_schema``; a column whose ``meta`` has ``pii_category`` is tagged as personal
data with its ``masking``. A source named after a layer (``bronze``, ``reference``...) is the
Python asset of that key, so Dagster runs it first.

Models are materialised by dbt-duckdb's ``external`` materialisation into the same Parquet
layout as the Python assets (see the project's ``external_location`` macro), so any asset in
any location can read them. The DuckDB file dbt works in holds only views over those files;
it lives in the project's git-ignored target/ folder.
"""

import json
import shutil
import sys
from collections.abc import Iterator, Mapping, Sequence
from datetime import timedelta
from functools import cached_property
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
from dagster_dbt import (
    DagsterDbtTranslator,
    DagsterDbtTranslatorSettings,
    DbtCliResource,
    DbtProject,
)
from packaging.version import Version

from estate_platform.columns import col, personal_tags
from estate_platform.compute import compute_tags
from estate_platform.location import Location
from estate_platform.storage import asset_path, sql_string, stored_files


def dbt_executable() -> str:
    """The dbt of this Python environment (a virtualenv need not be on PATH)."""
    beside = Path(sys.executable).with_name("dbt")
    return str(beside) if beside.exists() else shutil.which("dbt") or "dbt"


class EstateDbtCliResource(DbtCliResource):
    """dbt-core from this environment, without the two start-up costs the estate does not need.

    Each invocation, dagster-dbt asks the dbt executable for its version (a subprocess) and
    builds an in-process dbt adapter for ``fetch_row_counts`` and column metadata. The
    version is that of the installed dbt-core; row counts are read from the Parquet files
    (``with_row_counts``), so no adapter is built. Together they save about four seconds a run.
    """

    @cached_property
    def _cli_version(self) -> Version:
        return Version(package_version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> Any:
        return None


def dbt_resource(project: DbtProject) -> DbtCliResource:
    return EstateDbtCliResource(project_dir=project, dbt_executable=dbt_executable())


def parse(project: DbtProject) -> None:
    """Run `dbt parse`, writing the manifest the assets are defined from."""
    dbt_resource(project).cli(["parse", "--quiet"], target_path=project.target_path).wait()


def prepared_project(project_dir: Path) -> DbtProject:
    """The dbt project in `project_dir`, with its manifest: parsed now if it is missing."""
    project = DbtProject(project_dir=project_dir, profiles_dir=project_dir)
    if not project.manifest_path.exists():
        try:
            parse(project)
        except Exception as error:
            raise RuntimeError(
                f"The dbt manifest {project.manifest_path} is missing and `dbt parse` failed"
                f" ({error}). Run `dbt parse --project-dir {project_dir}"
                f" --profiles-dir {project_dir}` or seed.py, then reload the code location."
            ) from error
        if not project.manifest_path.exists():
            raise RuntimeError(
                f"dbt parse did not write {project.manifest_path}; run seed.py, which prepares it."
            )
    return project


def warehouse_path(project: DbtProject) -> Path:
    """The DuckDB file dbt works in (profiles.yml): views only, under the git-ignored target/."""
    path = project.project_dir / project.target_path / f"{project.name}.duckdb"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _meta(props: Mapping[str, Any]) -> dict[str, Any]:
    return {**props.get("config", {}).get("meta", {}), **props.get("meta", {})}


class EstateDbtTranslator(DagsterDbtTranslator):
    """Maps a location's dbt project onto the estate's conventions (see the module docstring)."""

    def __init__(self, location: Location):
        super().__init__(
            DagsterDbtTranslatorSettings(enable_code_references=True, enable_source_metadata=False)
        )
        self.location = location

    def layer(self, props: Mapping[str, Any]) -> str | None:
        if props["resource_type"] == "source":
            return props["source_name"]
        if props["resource_type"] == "model":
            return props["fqn"][1]
        return None

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        layer = self.layer(dbt_resource_props)
        if layer is None:
            return super().get_asset_key(dbt_resource_props)
        return self.location.key(f"{layer}/{dbt_resource_props['name']}")

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        layer = self.layer(dbt_resource_props)
        return self.location.group(layer) if layer else None

    def get_description(self, dbt_resource_props: Mapping[str, Any]) -> str:
        return dbt_resource_props.get("description") or f"dbt model {dbt_resource_props['name']}"

    def get_owners(self, dbt_resource_props: Mapping[str, Any]) -> Sequence[str] | None:
        meta = _meta(dbt_resource_props)
        return list(meta["owners"]) if "owners" in meta else list(self.location.owners)

    def get_tags(self, dbt_resource_props: Mapping[str, Any]) -> Mapping[str, str]:
        meta = _meta(dbt_resource_props)
        return {
            "layer": self.layer(dbt_resource_props) or "",
            **compute_tags(meta.get("compute_profile", self.location.compute_profile)),
            **{str(k): str(v) for k, v in meta.get("tags", {}).items()},
        }

    def get_metadata(self, dbt_resource_props: Mapping[str, Any]) -> Mapping[str, Any]:
        metadata = dict(super().get_metadata(dbt_resource_props))
        columns = dbt_resource_props.get("columns") or {}
        if columns:
            metadata["dagster/column_schema"] = dg.TableSchema(
                columns=[_column(column) for column in columns.values()]
            )
        lineage = _meta(dbt_resource_props).get("lineage")
        if lineage:
            metadata["dagster/column_lineage"] = dg.TableColumnLineage(
                deps_by_column={
                    column: [
                        dg.TableColumnDep(asset_key=self.location.key(ref), column_name=name)
                        for ref, name in sources
                    ]
                    for column, sources in lineage.items()
                }
            )
        return metadata

    def get_automation_condition(
        self, dbt_resource_props: Mapping[str, Any]
    ) -> dg.AutomationCondition | None:
        if _meta(dbt_resource_props).get("automation") == "eager":
            return dg.AutomationCondition.eager()
        return None

    def get_asset_spec(self, manifest, unique_id, project) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        meta = _meta(self.get_resource_props(manifest, unique_id))
        if "fresh_within_hours" in meta:
            warn = meta.get("warn_after_hours")
            spec = spec.replace_attributes(
                freshness_policy=dg.FreshnessPolicy.time_window(
                    fail_window=timedelta(hours=meta["fresh_within_hours"]),
                    warn_window=timedelta(hours=warn) if warn else None,
                )
            )
        return spec

    def get_asset_check_spec(self, asset_spec, manifest, unique_id, project):
        check = super().get_asset_check_spec(asset_spec, manifest, unique_id, project)
        description = _meta(self.get_resource_props(manifest, unique_id)).get("description")
        if check is not None and description and not check.description:
            check = check._replace(description=description)
        return check


def _column(column: Mapping[str, Any]) -> dg.TableColumn:
    meta = _meta(column)
    tags = {}
    if meta.get("pii_category"):
        tags = personal_tags(meta["pii_category"], meta.get("masking", "none"))
    return col(
        column["name"],
        (column.get("data_type") or "unknown").upper(),
        column.get("description") or None,
        nullable=meta.get("nullable"),
        unique=meta.get("unique"),
        tags=tags,
    )


def point_views_at_data(
    context: dg.AssetExecutionContext, project: DbtProject, translator: EstateDbtTranslator
) -> None:
    """Make every source and model a view over its asset's Parquet files in this data folder.

    Done in Python before dbt starts. A model the run rebuilds gets its view again from dbt;
    one it does not rebuild (or a source) is read where this instance keeps it. A source whose
    asset has no data yet is left out, so only the models that need it fail.
    """
    manifest = json.loads(project.manifest_path.read_text())
    nodes = [
        *manifest["sources"].values(),
        *(node for node in manifest["nodes"].values() if node["resource_type"] == "model"),
    ]
    with duckdb.connect(str(warehouse_path(project))) as conn:
        for node in nodes:
            key = translator.get_asset_key(node)
            # DuckDB does not create the folders it writes a model's file to.
            asset_path(key).parent.mkdir(parents=True, exist_ok=True)
            relation = f'"{node["schema"]}"."{node.get("identifier") or node["alias"]}"'
            files = stored_files(key)
            if not files:
                if node["resource_type"] == "source":
                    context.log.info(f"{key.to_user_string()} has no data yet: no {relation}")
                continue
            paths = ", ".join(sql_string(str(path)) for path in files)
            conn.execute(f'create schema if not exists "{node["schema"]}"')
            conn.execute(
                f"create or replace view {relation} as"
                f" select * from read_parquet([{paths}], union_by_name = true)"
            )


def with_row_counts(
    context: dg.AssetExecutionContext, events: Iterator[Any]
) -> Iterator[dg.Output | dg.AssetCheckResult | dg.AssetMaterialization | Any]:
    """dbt's events, with each model's row count and file added to its materialisation."""
    for event in events:
        if isinstance(event, dg.Output):
            key = context.asset_key_for_output(event.output_name)
            path = asset_path(key)
            if path.exists():
                with duckdb.connect() as conn:
                    rows = conn.execute(
                        f"select count(*) from read_parquet({sql_string(str(path))})"
                    ).fetchone()[0]
                event = event.with_metadata(
                    {
                        **event.metadata,
                        "dagster/row_count": rows,
                        "dagster/uri": dg.MetadataValue.path(str(path)),
                    }
                )
        yield event
