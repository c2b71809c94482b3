"""Reading and writing the DuckDB tables behind the assets.

Each asset's table is named after its asset key: asset bronze/raw_cases is table
bronze.raw_cases. Rows are written a batch at a time: writing a batch replaces any rows
already loaded with the same batch_key, so a re-run never duplicates data.
"""

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from dagster import AssetKey

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


def identifier(name: str) -> str:
    """`name`, checked to be a plain lower-case SQL identifier that needs no quoting."""
    if not _IDENTIFIER.match(name):
        raise ValueError(f"{name!r} is not a plain SQL identifier")
    return name


def table_name(asset_key: AssetKey) -> str:
    """The `<schema>.<table>` holding an asset: its key's two parts."""
    schema, table = asset_key.path
    return f"{identifier(schema)}.{identifier(table)}"


def replace_batch(
    conn: "DuckDBPyConnection",
    table: str,
    columns: Mapping[str, str],
    rows: Sequence[Mapping[str, Any]],
    batch: str,
) -> int:
    """Create `table` with `columns` (name to SQL type) if needed, then replace one batch."""
    schema = identifier(table.split(".")[0])
    names = [identifier(name) for name in columns]
    definition = ", ".join(f"{name} {columns[name]}" for name in names)
    insert = f"insert into {table} ({', '.join(names)}) values ({', '.join('?' for _ in names)})"
    conn.execute(f"create schema if not exists {schema}")
    conn.execute(f"create table if not exists {table} ({definition})")
    conn.begin()
    try:
        conn.execute(f"delete from {table} where batch_key = ?", [batch])
        if rows:
            conn.executemany(insert, [[row.get(name) for name in names] for row in rows])
        conn.commit()
    except Exception:
        conn.rollback()
        raise
    return len(rows)


def read_batch(conn: "DuckDBPyConnection", table: str, batch: str) -> list[dict[str, Any]]:
    """Every row of one batch of `table`, as dictionaries."""
    cursor = conn.execute(f"select * from {table} where batch_key = ?", [batch])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
