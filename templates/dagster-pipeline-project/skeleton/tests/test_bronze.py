from datetime import datetime

import duckdb
from dagster import materialize

from ${{ values.packageName }}.assets.bronze.raw_cases import (
    raw_cases,
    to_bronze_rows,
)
from ${{ values.packageName }}.assets.keys import RAW_CASES
{%- if values.personalData %}
from ${{ values.packageName }}.pii import pseudonymise
{%- endif %}
from ${{ values.packageName }}.warehouse import table_name

INGESTED_AT = datetime(2024, 3, 2, 6, 0)


def test_to_bronze_rows_keeps_every_field_as_text_and_stamps_the_batch():
    rows = to_bronze_rows([{"case_id": "C1", "amount_gbp": 12.5}], "2024-03-01", INGESTED_AT)
    assert rows == [
        {
            "case_id": "C1",
            "submitted_at": None,
{%- if values.personalData %}
            "ni_number": None,
            "email": None,
{%- endif %}
            "postcode": None,
            "category": None,
            "amount_gbp": "12.5",
{%- if values.personalData %}
            "person_key": None,
{%- endif %}
            "batch_key": "2024-03-01",
            "ingested_at": INGESTED_AT,
        }
    ]
{%- if values.personalData %}


def test_person_key_is_a_keyed_pseudonym_of_the_ni_number():
    records = [{"ni_number": "qq 12 34 56 c"}, {"ni_number": "QQ123456C"}]
    first, second = to_bronze_rows(records, "2024-03-01", INGESTED_AT)
    assert first["person_key"] == second["person_key"] == pseudonymise("QQ123456C")
    assert "123456" not in first["person_key"]
{%- endif %}


def test_raw_cases_lands_the_records_and_replaces_its_batch_on_a_rerun(
    resources, warehouse, partition_key, tmp_path
):
    counts = []
    for _ in range(2):
        assert materialize([raw_cases], resources=resources, partition_key=partition_key).success
        with duckdb.connect(str(warehouse)) as conn:
            query = f"select count(*), count(distinct batch_key) from {table_name(RAW_CASES)}"
            counts.append(conn.execute(query).fetchone())

    loaded, batches = counts[-1]
    assert loaded > 0
    assert batches == 1
    assert counts[0] == counts[1]
    assert len(list((tmp_path / "landing").rglob("*.json"))) == 2
