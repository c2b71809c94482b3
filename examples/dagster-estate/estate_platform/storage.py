"""Where the estate keeps its tables: one Parquet file per asset, or per asset partition.

Every code location reads and writes the same folder, so an asset can read an upstream
asset of another location (or one built by dbt) by its key alone. The folder is
``$DAGSTER_ESTATE_DATA``, or ``$DAGSTER_HOME/estate-data`` when that is not set:

    <root>/claims/bronze/claims_raw/2026-11-30.parquet    a daily partition
    <root>/claims/silver/claims_clean.parquet             an unpartitioned asset

All reading and writing goes through DuckDB, on a short-lived in-memory connection.
"""

import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb

DATA_ENV = "DAGSTER_ESTATE_DATA"


def data_root() -> Path:
    """The estate's data folder, created if needed."""
    configured = os.environ.get(DATA_ENV)
    if configured:
        root = Path(configured)
    elif os.environ.get("DAGSTER_HOME"):
        root = Path(os.environ["DAGSTER_HOME"], "estate-data")
    else:
        root = Path(tempfile.gettempdir(), "dagster-estate-data")
    root = root.expanduser().resolve()
    root.mkdir(parents=True, exist_ok=True)
    # dbt reads the same variable, so make the resolved folder explicit for subprocesses.
    os.environ[DATA_ENV] = str(root)
    return root


def asset_path(key: dg.AssetKey, partition_key: str | None = None) -> Path:
    """The file holding `key` (unpartitioned) or one of its partitions."""
    base = data_root().joinpath(*key.path)
    if partition_key is None:
        return base.with_name(base.name + ".parquet")
    return base / f"{partition_key}.parquet"


def stored_files(key: dg.AssetKey, partition_keys: Iterable[str] | None = None) -> list[Path]:
    """The files of `key` that exist: the asset's own file, or the partitions asked for
    (every stored partition when `partition_keys` is None)."""
    single = asset_path(key)
    if single.exists():
        return [single]
    folder = single.with_suffix("")
    if not folder.is_dir():
        return []
    if partition_keys is None:
        return sorted(folder.glob("*.parquet"))
    return [path for key_ in partition_keys if (path := folder / f"{key_}.parquet").exists()]


def stored_partitions(key: dg.AssetKey) -> list[str]:
    """The partition keys of `key` with a stored file."""
    folder = asset_path(key).with_suffix("")
    return sorted(path.stem for path in folder.glob("*.parquet")) if folder.is_dir() else []


def sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@dataclass(frozen=True)
class ParquetTable:
    """A stored asset (or some of its partitions), usable in SQL by formatting it:

    ``f"select count(*) from {claims}"`` reads every file of ``claims``. In ``rows`` and
    ``scalar``, ``{table}`` in the SQL stands for the table itself.
    """

    key: dg.AssetKey
    files: tuple[Path, ...]

    def __str__(self) -> str:
        if not self.files:
            raise FileNotFoundError(f"No data stored for {self.key.to_user_string()}")
        paths = ", ".join(sql_string(str(path)) for path in self.files)
        return f"read_parquet([{paths}], union_by_name = true)"

    def rows(self, sql: str = "select * from {table}") -> list[tuple[Any, ...]]:
        with duckdb.connect() as conn:
            return conn.execute(sql.replace("{table}", str(self))).fetchall()

    def count(self) -> int:
        return self.rows("select count(*) from {table}")[0][0]

    def scalar(self, sql: str) -> Any:
        return self.rows(sql)[0][0]


def read_table(key: dg.AssetKey, partition_keys: Iterable[str] | None = None) -> ParquetTable:
    """The stored data of `key`; raises a clear error when nothing was stored yet."""
    files = stored_files(key, partition_keys)
    if not files:
        wanted = ""
        if partition_keys is not None:
            keys = sorted(partition_keys)
            wanted = f" ({len(keys)} partitions, {keys[0]} to {keys[-1]})" if keys else ""
        raise FileNotFoundError(
            f"{key.to_user_string()} has no stored data{wanted} under {data_root()}: "
            "materialise it first (seed.py does this for the whole estate)."
        )
    return ParquetTable(key, tuple(files))


@dataclass
class Rows:
    """Rows produced in Python, with their SQL column types."""

    columns: Sequence[tuple[str, str]]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    @classmethod
    def of(cls, columns: Sequence[dg.TableColumn], rows: list[tuple[Any, ...]]) -> "Rows":
        """Rows typed by an asset's declared column schema."""
        return cls([(column.name, column.type) for column in columns], rows)


@dataclass(frozen=True)
class Query:
    """A SELECT over stored tables; the asset is its result."""

    sql: str


def write(value: Rows | Query, path: Path) -> int:
    """Write `value` as Parquet at `path` (atomically) and return its row count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    with duckdb.connect() as conn:
        if isinstance(value, Rows):
            definition = ", ".join(f'"{name}" {type_}' for name, type_ in value.columns)
            conn.execute(f"create table result ({definition})")
            if value.rows:
                marks = ", ".join("?" for _ in value.columns)
                conn.executemany(f"insert into result values ({marks})", value.rows)
            source = "result"
        elif isinstance(value, Query):
            source = f"({value.sql})"
        else:
            raise TypeError(f"Cannot store {type(value).__name__}; return Rows or Query")
        conn.execute(f"copy {source} to {sql_string(str(partial))} (format parquet)")
        rows = conn.execute(f"select count(*) from read_parquet({sql_string(str(partial))})")
        count = rows.fetchone()[0]
    os.replace(partial, path)
    return count
