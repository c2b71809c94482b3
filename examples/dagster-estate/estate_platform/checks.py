"""Reusable asset checks. Each reads the data it checks from the shared data folder.

A check of a partitioned asset is partitioned the same way and looks at the partition its run
materialised; a check of an unpartitioned asset looks at everything stored for it. Blocking
checks stop the assets downstream of theirs in the same run when they fail with ERROR
severity.

Factories:

* ``not_null`` and ``unique``: per-column integrity;
* ``row_count``: at least (or at most) a number of rows;
* ``recent_data``: freshness of the data itself, from a date column;
* ``no_rows_matching``: a SQL condition no row may meet;
* ``value_within``: a single SQL measure that must lie within bounds.
"""

import warnings
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import dagster as dg

from estate_platform.storage import ParquetTable, read_table

Asset = dg.AssetsDefinition | dg.AssetKey

ERROR = dg.AssetCheckSeverity.ERROR
WARN = dg.AssetCheckSeverity.WARN


def _key(asset: Asset) -> dg.AssetKey:
    return asset if isinstance(asset, dg.AssetKey) else asset.key


def partitioned_check(
    asset: dg.AssetsDefinition, **kwargs: Any
) -> Callable[[Callable[..., dg.AssetCheckResult]], dg.AssetChecksDefinition]:
    """``dg.asset_check`` for `asset`, partitioned like it, so that each result belongs to the
    partition it checked (partitioned checks are a preview feature of Dagster 1.13)."""
    partitions = asset.partitions_def if isinstance(asset, dg.AssetsDefinition) else None

    def decorate(fn: Callable[..., dg.AssetCheckResult]) -> dg.AssetChecksDefinition:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dg.PreviewWarning)
            return dg.asset_check(asset=asset, partitions_def=partitions, **kwargs)(fn)

    return decorate


def checked_table(context: dg.AssetCheckExecutionContext, key: dg.AssetKey) -> ParquetTable:
    """The data a check looks at: its partition, or the whole asset."""
    if context.has_partition_key:
        return read_table(key, [context.partition_key])
    return read_table(key)


def _quote(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'


def _check(
    asset: Asset,
    name: str,
    description: str,
    evaluate: Callable[[ParquetTable], tuple[bool, dict[str, Any]]],
    *,
    severity: dg.AssetCheckSeverity,
    blocking: bool,
) -> dg.AssetChecksDefinition:
    key = _key(asset)

    @partitioned_check(asset, name=name, description=description, blocking=blocking)
    def _run(context: dg.AssetCheckExecutionContext) -> dg.AssetCheckResult:
        passed, metadata = evaluate(checked_table(context, key))
        return dg.AssetCheckResult(passed=passed, severity=severity, metadata=metadata)

    return _run


def not_null(
    asset: Asset,
    columns: Sequence[str],
    *,
    severity: dg.AssetCheckSeverity = ERROR,
    blocking: bool = False,
    name: str | None = None,
    description: str | None = None,
) -> list[dg.AssetChecksDefinition]:
    """One check per column, failing when a row has no value in it."""

    def factory(column: str) -> dg.AssetChecksDefinition:
        def evaluate(table: ParquetTable) -> tuple[bool, dict[str, Any]]:
            nulls = table.scalar(f"select count(*) from {{table}} where {_quote(column)} is null")
            return nulls == 0, {"null_rows": nulls, "rows": table.count()}

        return _check(
            asset,
            name or f"{column}_not_null",
            description or f"Every row has a {column}.",
            evaluate,
            severity=severity,
            blocking=blocking,
        )

    return [factory(column) for column in columns]


def unique(
    asset: Asset,
    columns: Sequence[str],
    *,
    severity: dg.AssetCheckSeverity = ERROR,
    blocking: bool = False,
    name: str | None = None,
    description: str | None = None,
) -> dg.AssetChecksDefinition:
    """Fails when two rows share their values of `columns`."""
    key_sql = ", ".join(_quote(column) for column in columns)

    def evaluate(table: ParquetTable) -> tuple[bool, dict[str, Any]]:
        duplicates = table.scalar(
            "select coalesce(sum(copies), 0)::bigint from (select count(*) as copies"
            f" from {{table}} group by {key_sql} having count(*) > 1)"
        )
        return duplicates == 0, {"duplicate_rows": duplicates, "rows": table.count()}

    return _check(
        asset,
        name or f"{'_'.join(columns)}_unique",
        description or f"No two rows share a {', '.join(columns)}.",
        evaluate,
        severity=severity,
        blocking=blocking,
    )


def row_count(
    asset: Asset,
    min_rows: int = 1,
    max_rows: int | None = None,
    *,
    severity: dg.AssetCheckSeverity = ERROR,
    blocking: bool = False,
) -> dg.AssetChecksDefinition:
    """Fails when the table has fewer than `min_rows` (or more than `max_rows`) rows."""
    bounds = f"at least {min_rows}" + (f" and at most {max_rows}" if max_rows else "")

    def evaluate(table: ParquetTable) -> tuple[bool, dict[str, Any]]:
        rows = table.count()
        passed = rows >= min_rows and (max_rows is None or rows <= max_rows)
        return passed, {"rows": rows, "min_rows": min_rows}

    return _check(
        asset,
        "row_count",
        f"The table has {bounds} rows.",
        evaluate,
        severity=severity,
        blocking=blocking,
    )


def recent_data(
    asset: Asset,
    column: str,
    max_age: timedelta,
    *,
    severity: dg.AssetCheckSeverity = WARN,
    blocking: bool = False,
    name: str = "data_is_recent",
    description: str | None = None,
    today: Callable[[], date] = lambda: datetime.now(UTC).date(),
) -> dg.AssetChecksDefinition:
    """Freshness of the data itself: the newest `column` value is at most `max_age` old."""

    def evaluate(table: ParquetTable) -> tuple[bool, dict[str, Any]]:
        newest = table.scalar(f"select max({_quote(column)})::date from {{table}}")
        if newest is None:
            return False, {"newest": "none"}
        age = (today() - newest).days
        return age <= max_age.days, {
            "newest": newest.isoformat(),
            "age_days": age,
            "max_age_days": max_age.days,
        }

    return _check(
        asset,
        name,
        description or f"The newest {column} is at most {max_age.days} days old.",
        evaluate,
        severity=severity,
        blocking=blocking,
    )


def no_rows_matching(
    asset: Asset,
    name: str,
    description: str,
    condition: str,
    *,
    severity: dg.AssetCheckSeverity = ERROR,
    blocking: bool = False,
    sample_column: str | None = None,
) -> dg.AssetChecksDefinition:
    """Fails when any row meets the SQL `condition`; records how many and a few examples."""

    def evaluate(table: ParquetTable) -> tuple[bool, dict[str, Any]]:
        offending = table.scalar(f"select count(*) from {{table}} where {condition}")
        metadata: dict[str, Any] = {"failing_rows": offending, "rows": table.count()}
        if offending and sample_column:
            sample = table.rows(
                f"select distinct {_quote(sample_column)}::varchar from {{table}}"
                f" where {condition} order by 1 limit 5"
            )
            metadata["examples"] = ", ".join(str(row[0]) for row in sample)
        return offending == 0, metadata

    return _check(asset, name, description, evaluate, severity=severity, blocking=blocking)


def value_within(
    asset: Asset,
    name: str,
    description: str,
    measure: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    severity: dg.AssetCheckSeverity = ERROR,
    blocking: bool = False,
) -> dg.AssetChecksDefinition:
    """Fails when the single value of the SQL `measure` (over ``{table}``) is out of bounds."""

    def evaluate(table: ParquetTable) -> tuple[bool, dict[str, Any]]:
        value = table.scalar(measure)
        if value is None:
            return False, {"value": "none"}
        value = float(value)
        passed = (minimum is None or value >= minimum) and (maximum is None or value <= maximum)
        metadata: dict[str, Any] = {"value": round(value, 4)}
        if minimum is not None:
            metadata["minimum"] = minimum
        if maximum is not None:
            metadata["maximum"] = maximum
        return passed, metadata

    return _check(asset, name, description, evaluate, severity=severity, blocking=blocking)
