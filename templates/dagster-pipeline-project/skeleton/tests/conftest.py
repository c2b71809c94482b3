"""Shared fixtures: every test runs offline, against a DuckDB file in a temporary folder."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest
from dagster_aws.s3 import S3Resource
from dagster_duckdb import DuckDBResource
{%- if values.dbt %}
from dbt.cli.main import dbtRunner
{%- endif %}

from ${{ values.packageName }}.assets.keys import (
    CASES,
    CASES_BY_DISTRICT,
)
from ${{ values.packageName }}.resources import (
    CasesApiResource,
    LandingZoneResource,
)
from ${{ values.packageName }}.warehouse import table_name
{%- if values.dbt %}

# The dbt assets are built from dbt's manifest: parse the project before tests import them.
DBT_PROJECT_DIR = Path(__file__).resolve().parents[1] / "dbt_project"
_parsed = dbtRunner().invoke(
    [
        "parse",
        "--quiet",
        "--project-dir",
        str(DBT_PROJECT_DIR),
        "--profiles-dir",
        str(DBT_PROJECT_DIR),
    ]
)
if not _parsed.success:
    raise RuntimeError(f"dbt parse failed: {_parsed.exception}")
{%- endif %}
{%- if values.personalData %}


@pytest.fixture(autouse=True)
def pseudonymisation_key(monkeypatch: pytest.MonkeyPatch) -> str:
    key = "test-key-not-a-secret"
    monkeypatch.setenv("PII_PSEUDONYMISATION_KEY", key)
    return key
{%- endif %}


@pytest.fixture
def partition_key() -> str | None:
    """The partition the end-to-end tests run{% if values.partitioning == 'none' %}: none, the assets are not partitioned{% endif %}."""
    return {% if values.partitioning == 'none' %}None{% else %}"2024-03-01"{% endif %}


@pytest.fixture
def warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh DuckDB file{% if values.dbt %}; DUCKDB_DATABASE points dbt's profile at it too{% endif %}."""
    path = tmp_path / "warehouse.duckdb"
    monkeypatch.setenv("DUCKDB_DATABASE", str(path))
    return path


@pytest.fixture
def resources(tmp_path: Path, warehouse: Path) -> dict[str, Any]:
    """The project's resources, local: sample records, a local landing folder, the temp DuckDB."""
    return {
        "duckdb": DuckDBResource(database=str(warehouse)),
        "landing": LandingZoneResource(s3=S3Resource(), local_dir=str(tmp_path / "landing")),
        "source_api": CasesApiResource(),
    }


@pytest.fixture
def read_warehouse(warehouse: Path) -> Callable[[], dict[str, int]]:
    """Reads back what a run wrote: silver rows and the rows gold counted{% if values.personalData %}
    (and silver rows whose NI number is not masked){% endif %}."""

    def read() -> dict[str, int]:
        with duckdb.connect(str(warehouse)) as conn:
            return {
                "cases": conn.execute(f"select count(*) from {table_name(CASES)}").fetchone()[0],
                "counted": conn.execute(
                    f"select sum(case_count) from {table_name(CASES_BY_DISTRICT)}"
                ).fetchone()[0],
{%- if values.personalData %}
                "unmasked": conn.execute(
                    f"select count(*) from {table_name(CASES)}"
                    " where not regexp_full_match(ni_number_masked, 'QQ[*]{6}[A-D]')"
                ).fetchone()[0],
{%- endif %}
            }

    return read
