"""A code location of the estate, and the decorator its Python assets are declared with.

``Location.asset`` wraps ``dagster.asset`` and fills in what the conventions fix: the key
(``<prefix>/<layer>/<name>``), the group, the owners (the location's unless the asset says
otherwise; ``[]`` leaves it without owners), the compute-profile and layer tags, the kinds,
the column schema and the code reference. Inputs are named by reference (``layer/name``, or
``prefix/layer/name`` for another location) and reach the function as ``ParquetTable``s,
under the last part of their key:

    @claims.asset("silver", inputs=["bronze/payments_raw"], partitions_def=DAILY, ...)
    def payments_clean(payments_raw: ParquetTable) -> Query: ...

An input produced by a Python asset of the same location is loaded by the I/O manager, so
Dagster maps partitions; any other input (another location's asset, or a dbt model) is a
plain dependency read from the shared data folder.
"""

import inspect
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import dagster as dg

from estate_platform.columns import schema
from estate_platform.compute import compute_tags
from estate_platform.conventions import BRONZE, REFERENCE, asset_key, group_name
from estate_platform.storage import read_table

_DEFAULT: Any = object()


@dataclass
class Location:
    name: str
    prefix: str
    owners: list[str]
    compute_profile: str = "small"
    python_assets: dict[dg.AssetKey, dg.PartitionsDefinition | None] = field(default_factory=dict)

    def key(self, ref: str | dg.AssetKey) -> dg.AssetKey:
        return asset_key(self.prefix, ref)

    def group(self, layer: str) -> str:
        return group_name(self.prefix, layer)

    def asset(
        self,
        layer: str,
        *,
        description: str,
        inputs: Sequence[str] = (),
        columns: Sequence[dg.TableColumn] | None = None,
        tags: Mapping[str, str] | None = None,
        owners: Sequence[str] = _DEFAULT,
        partitions_def: dg.PartitionsDefinition | None = None,
        kinds: set[str] | None = None,
        profile: str | None = None,
        lineage: Mapping[str, Sequence[tuple[str, str]]] | None = None,
        automation_condition: dg.AutomationCondition | None = None,
        fresh_within: timedelta | None = None,
        warn_after: timedelta | None = None,
    ) -> Callable[[Callable[..., Any]], dg.AssetsDefinition]:
        """Declare a Python asset of this location (see the module docstring)."""

        def decorator(fn: Callable[..., Any]) -> dg.AssetsDefinition:
            key = self.key(f"{layer}/{fn.__name__}")
            loaded: dict[str, dg.AssetIn] = {}
            read: dict[str, dg.AssetKey] = {}
            for ref in inputs:
                upstream = self.key(ref)
                param = upstream.path[-1]
                if upstream in self.python_assets:
                    upstream_partitions = self.python_assets[upstream]
                    mapping = None
                    if (
                        upstream_partitions
                        and partitions_def
                        and upstream_partitions != partitions_def
                    ):
                        mapping = dg.AllPartitionMapping()
                    loaded[param] = dg.AssetIn(key=upstream, partition_mapping=mapping)
                else:
                    read[param] = upstream
            parameters = inspect.signature(fn).parameters
            missing = {*loaded, *read} - set(parameters)
            if missing:
                raise TypeError(f"{fn.__name__} must take its inputs {sorted(missing)}")
            wants_context = "context" in parameters

            def compute(context: dg.AssetExecutionContext, **tables: Any) -> Any:
                tables.update({param: read_table(k) for param, k in read.items()})
                return fn(context, **tables) if wants_context else fn(**tables)

            metadata: dict[str, Any] = {"dagster/code_references": _code_reference(fn)}
            if columns:
                metadata["dagster/column_schema"] = schema(columns)
            if lineage:
                metadata["dagster/column_lineage"] = dg.TableColumnLineage(
                    deps_by_column={
                        column: [
                            dg.TableColumnDep(asset_key=self.key(ref), column_name=name)
                            for ref, name in sources
                        ]
                        for column, sources in lineage.items()
                    }
                )
            freshness = None
            if fresh_within:
                freshness = dg.FreshnessPolicy.time_window(
                    fail_window=fresh_within, warn_window=warn_after
                )
            definition = dg.asset(
                compute,
                key=key,
                ins=loaded,
                deps=list(read.values()),
                description=description,
                group_name=self.group(layer),
                owners=list(self.owners if owners is _DEFAULT else owners),
                tags={
                    "layer": layer,
                    **compute_tags(profile or self.compute_profile),
                    **(tags or {}),
                },
                kinds=kinds or _default_kinds(layer),
                metadata=metadata,
                partitions_def=partitions_def,
                automation_condition=automation_condition,
                freshness_policy=freshness,
                io_manager_key="io_manager",
            )
            self.python_assets[key] = partitions_def
            return definition

        return decorator


def _default_kinds(layer: str) -> set[str]:
    if layer in (BRONZE, REFERENCE):
        return {"python", "parquet"}
    return {"python", "duckdb", "parquet"}


def _code_reference(fn: Callable[..., Any]) -> dg.CodeReferencesMetadataValue:
    _, line = inspect.getsourcelines(fn)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dg.BetaWarning)  # code references are still in beta
        return dg.CodeReferencesMetadataValue(
            code_references=[
                dg.LocalFileCodeReference(
                    file_path=inspect.getsourcefile(fn) or "", line_number=line
                )
            ]
        )
