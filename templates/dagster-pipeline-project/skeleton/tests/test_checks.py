import duckdb
import pytest

from ${{ values.packageName }}.assets.keys import (
    CASES_BY_DISTRICT,
)
from ${{ values.packageName }}.checks import (
    ASSET_CHECKS,
    count_duplicates,
    count_nulls,
    count_rows,
    not_null_checks,
    row_count_check,
    unique_check,
)
from ${{ values.packageName }}.warehouse import (
    read_batch,
    replace_batch,
)

COLUMNS = {"batch_key": "varchar", "id": "integer", "name": "varchar"}


@pytest.fixture
def conn():
    with duckdb.connect() as connection:
        replace_batch(
            connection,
            "bronze.people",
            COLUMNS,
            [
                {"batch_key": "b1", "id": 1, "name": "a"},
                {"batch_key": "b1", "id": 2, "name": None},
                {"batch_key": "b1", "id": 2, "name": "c"},
            ],
            "b1",
        )
        yield connection


def test_count_helpers(conn):
    assert count_rows(conn, "bronze.people") == 3
    assert count_nulls(conn, "bronze.people", "name") == 1
    assert count_nulls(conn, "bronze.people", "id") == 0
    assert count_duplicates(conn, "bronze.people", ["id"]) == 2
    assert count_duplicates(conn, "bronze.people", ["id", "name"]) == 0


def test_replace_batch_replaces_only_its_own_batch(conn):
    replace_batch(conn, "bronze.people", COLUMNS, [{"batch_key": "b2", "id": 9}], "b2")
    replace_batch(conn, "bronze.people", COLUMNS, [{"batch_key": "b1", "id": 7}], "b1")
    assert [row["id"] for row in read_batch(conn, "bronze.people", "b1")] == [7]
    assert [row["id"] for row in read_batch(conn, "bronze.people", "b2")] == [9]


def test_replace_batch_refuses_unsafe_identifiers(conn):
    with pytest.raises(ValueError, match="identifier"):
        replace_batch(conn, "bronze.people", {"id; drop table x": "integer"}, [], "b1")


def _check_names(*checks):
    return {key.name for check in checks for key in check.check_keys}


def test_the_factories_name_their_checks():
    not_null = not_null_checks(CASES_BY_DISTRICT, ["batch_key", "category"])
    assert _check_names(*not_null) == {"batch_key_not_null", "category_not_null"}
    unique = unique_check(CASES_BY_DISTRICT, ["case_date", "category"])
    assert _check_names(unique) == {"case_date_category_unique"}
    assert _check_names(row_count_check(CASES_BY_DISTRICT)) == {"row_count"}


def test_every_check_has_a_unique_key():
    keys = [key for check in ASSET_CHECKS for key in check.check_keys]
    assert len(keys) == len(set(keys))
