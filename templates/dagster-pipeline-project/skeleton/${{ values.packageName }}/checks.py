"""Reusable asset checks, and the checks this project applies to its assets.

The factories (not_null_checks, unique_check, row_count_check) work on any asset whose
table is named after its key (see warehouse.py). Each check reads the whole table.
{%- if values.dbt %}
The silver and gold dbt models are also checked by the tests in their schema.yml, which
Dagster runs as asset checks.
{%- endif %}
"""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dagster import (
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetKey,
    asset_check,
)
from dagster_duckdb import DuckDBResource

from .assets.keys import {% if not values.dbt %}CASES, {% endif %}CASES_BY_DISTRICT, RAW_CASES
from .warehouse import identifier, table_name

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection


def count_nulls(conn: "DuckDBPyConnection", table: str, column: str) -> int:
    """How many rows of `table` have no value in `column`."""
    query = f"select count(*) from {table} where {identifier(column)} is null"
    return conn.execute(query).fetchone()[0]


def count_duplicates(conn: "DuckDBPyConnection", table: str, columns: Sequence[str]) -> int:
    """How many rows of `table` share their values of `columns` with another row."""
    key = ", ".join(identifier(column) for column in columns)
    query = (
        f"select coalesce(sum(copies), 0) from"
        f" (select count(*) as copies from {table} group by {key} having count(*) > 1)"
    )
    return int(conn.execute(query).fetchone()[0])


def count_rows(conn: "DuckDBPyConnection", table: str) -> int:
    return conn.execute(f"select count(*) from {table}").fetchone()[0]


def not_null_checks(
    asset_key: AssetKey, columns: Sequence[str], *, blocking: bool = False
) -> list[AssetChecksDefinition]:
    """One check per column, failing when any row has no value in it."""
    return [_not_null_check(asset_key, column, blocking) for column in columns]


def _not_null_check(asset_key: AssetKey, column: str, blocking: bool) -> AssetChecksDefinition:
    table = table_name(asset_key)

    @asset_check(
        asset=asset_key,
        name=f"{column}_not_null",
        description=f"Every row of {table} has a {column}.",
        blocking=blocking,
    )
    def _check(duckdb: DuckDBResource) -> AssetCheckResult:
        with duckdb.get_connection() as conn:
            nulls = count_nulls(conn, table, column)
        return AssetCheckResult(passed=nulls == 0, metadata={"null_rows": nulls})

    return _check


def unique_check(
    asset_key: AssetKey, columns: Sequence[str], *, blocking: bool = False
) -> AssetChecksDefinition:
    """A check failing when two rows share their values of `columns`."""
    table = table_name(asset_key)

    @asset_check(
        asset=asset_key,
        name=f"{'_'.join(columns)}_unique",
        description=f"No two rows of {table} share a {', '.join(columns)}.",
        blocking=blocking,
    )
    def _check(duckdb: DuckDBResource) -> AssetCheckResult:
        with duckdb.get_connection() as conn:
            duplicates = count_duplicates(conn, table, columns)
        return AssetCheckResult(passed=duplicates == 0, metadata={"duplicate_rows": duplicates})

    return _check


def row_count_check(
    asset_key: AssetKey,
    min_rows: int = 1,
    *,
    severity: AssetCheckSeverity = AssetCheckSeverity.ERROR,
) -> AssetChecksDefinition:
    """A check failing when the table has fewer than `min_rows` rows."""
    table = table_name(asset_key)

    @asset_check(
        asset=asset_key,
        name="row_count",
        description=f"{table} has at least {min_rows} rows.",
    )
    def _check(duckdb: DuckDBResource) -> AssetCheckResult:
        with duckdb.get_connection() as conn:
            rows = count_rows(conn, table)
        return AssetCheckResult(
            passed=rows >= min_rows,
            severity=severity,
            metadata={"rows": rows, "min_rows": min_rows},
        )

    return _check


ASSET_CHECKS = [
    # Bronze holds what the source sent, untidy rows included: check only what we add.
    *not_null_checks(RAW_CASES, ["batch_key", "ingested_at"]),
    row_count_check(RAW_CASES, severity=AssetCheckSeverity.WARN),
{%- if not values.dbt %}
    # Silver is what other layers build on: a failure here stops the run before gold.
    *not_null_checks(CASES, ["case_id", "submitted_at", "category", "amount_gbp"], blocking=True),
    unique_check(CASES, ["case_id"], blocking=True),
{%- endif %}
    unique_check(CASES_BY_DISTRICT, ["batch_key", "case_date", "postcode_district", "category"]),
    row_count_check(CASES_BY_DISTRICT),
]
