{%- if not values.dbt -%}
"""The silver and gold transformations, and the whole pipeline run end to end."""

from datetime import date, datetime
from decimal import Decimal

from dagster import materialize

from ${{ values.packageName }}.assets import ASSETS
from ${{ values.packageName }}.assets.gold.cases_by_district import (
    summarise_cases,
)
from ${{ values.packageName }}.assets.silver.cases import (
    clean_cases,
    parse_amount,
    parse_timestamp,
)
from ${{ values.packageName }}.checks import ASSET_CHECKS


def _raw(case_id, **fields):
    row = {
        "batch_key": "b1",
        "case_id": case_id,
        "submitted_at": "2024-03-01T09:30:00Z",
{%- if values.personalData %}
        "ni_number": "QQ123456C",
        "email": "jane@example.com",
        "person_key": "p1",
{%- endif %}
        "postcode": "SW1A 1AA",
        "category": "Renewal",
        "amount_gbp": "10.00",
        "ingested_at": datetime(2024, 3, 2, 6, 0),
    }
    return {**row, **fields}


def test_clean_cases_rejects_invalid_rows_and_keeps_the_latest_copy():
    result = clean_cases(
        [
            _raw("C1", amount_gbp="12.50", ingested_at=datetime(2024, 3, 3)),
            _raw("C1", amount_gbp="10.00"),
            _raw(None),
            _raw("C2", submitted_at="yesterday"),
            _raw("C3", amount_gbp="-1"),
            _raw("C4", category=" misc ", postcode="not a postcode"),
        ]
    )
    assert [row["case_id"] for row in result.rows] == ["C1", "C4"]
    assert result.rejected == 3
    assert result.duplicates == 1
    c1, c4 = result.rows
    assert c1["amount_gbp"] == Decimal("12.50")
    assert c1["submitted_at"] == datetime(2024, 3, 1, 9, 30)
    assert c1["case_date"] == date(2024, 3, 1)
    assert c1["category"] == "renewal"
    assert c1["postcode_district"] == "SW1A"
    assert c4["category"] == "other"
    assert c4["postcode_district"] is None
{%- if values.personalData %}


def test_clean_cases_masks_personal_data():
    (row,) = clean_cases([_raw("C1")]).rows
    assert row["ni_number_masked"] == "QQ******C"
    assert row["email_masked"] == "j***@example.com"
    assert row["person_key"] == "p1"
    assert "ni_number" not in row
    assert "email" not in row
    assert "postcode" not in row
{%- endif %}


def test_parse_timestamp_and_amount():
    assert parse_timestamp("2024-03-01T10:30:00+01:00") == datetime(2024, 3, 1, 9, 30)
    assert parse_timestamp("2024-03-01 09:30") == datetime(2024, 3, 1, 9, 30)
    assert parse_timestamp("") is None
    assert parse_amount("£1,234.5") == Decimal("1234.50")
    assert parse_amount("n/a") is None
    assert parse_amount("NaN") is None


def test_summarise_cases_counts_and_totals_per_district_and_category():
    cleaned = clean_cases(
        [
            _raw("C1", amount_gbp="10.00"),
            _raw("C2", amount_gbp="2.50"),
            _raw("C3", postcode="M1 1AE"),
            _raw("C4", postcode=None),
        ]
    ).rows
    summary = {row["postcode_district"]: row for row in summarise_cases(cleaned)}
    assert set(summary) == {"SW1A", "M1", "UNKNOWN"}
    assert summary["SW1A"]["case_count"] == 2
    assert summary["SW1A"]["total_amount_gbp"] == Decimal("12.50")
{%- if values.personalData %}
    assert summary["SW1A"]["distinct_people"] == 1
{%- endif %}


def test_the_pipeline_runs_end_to_end_and_passes_its_checks(
    resources, read_warehouse, partition_key
):
    result = materialize([*ASSETS, *ASSET_CHECKS], resources=resources, partition_key=partition_key)
    assert result.success
    evaluations = result.get_asset_check_evaluations()
    assert len(evaluations) == len(ASSET_CHECKS)
    assert all(evaluation.passed for evaluation in evaluations)

    written = read_warehouse()
    assert written["cases"] > 0
    assert written["counted"] == written["cases"]
{%- if values.personalData %}
    assert written["unmasked"] == 0
{%- endif %}
{%- else -%}
"""The dbt translator, and the whole pipeline, Python bronze and dbt models, end to end."""

from dagster import AssetKey, materialize

from ${{ values.packageName }}.assets import ASSETS
from ${{ values.packageName }}.assets.keys import (
    CASES,
    CASES_BY_DISTRICT,
    RAW_CASES,
)
from ${{ values.packageName }}.checks import ASSET_CHECKS
from ${{ values.packageName }}.compute import (
    DEFAULT_PROFILE,
    PROFILE_TAG,
)
from ${{ values.packageName }}.conventions import OWNERS
from ${{ values.packageName }}.dbt import (
    LayeredDbtTranslator,
    dbt_models,
    dbt_resource,
)

translator = LayeredDbtTranslator()
# The dbt project's name: the first part of every model's fqn.
DBT_PROJECT_NAME = "${{ values.packageName }}"


def _model(name, layer, **props):
    return {
        "resource_type": "model",
        "name": name,
        "fqn": [DBT_PROJECT_NAME, layer, name],
        "tags": [],
        "meta": {},
        "config": {"meta": {}},
        "columns": {},
        **props,
    }


def test_models_are_keyed_and_grouped_by_their_layer_folder():
    props = _model("cases", "silver")
    assert translator.get_asset_key(props) == CASES
    assert translator.get_group_name(props) == "silver"
    assert list(translator.get_owners(props)) == OWNERS
    assert translator.get_tags(props)[PROFILE_TAG] == DEFAULT_PROFILE
    assert translator.get_asset_key(_model("cases_by_district", "gold")) == CASES_BY_DISTRICT


def test_the_dbt_source_is_the_python_bronze_asset():
    props = {"resource_type": "source", "source_name": "bronze", "name": "raw_cases"}
    assert translator.get_asset_key(props) == RAW_CASES


def test_models_outside_a_layer_folder_keep_the_default_key():
    props = _model("scratch", "scratch", fqn=[DBT_PROJECT_NAME, "scratch"])
    assert translator.get_asset_key(props) == AssetKey(["scratch"])


def test_columns_with_a_pii_category_are_tagged_as_personal_data():
    columns = {
        "case_id": {"name": "case_id", "data_type": "varchar", "description": "Reference"},
        "email_masked": {
            "name": "email_masked",
            "data_type": "varchar",
            "description": "Masked email",
            "meta": {"pii_category": "contact_details"},
        },
    }
    metadata = translator.get_metadata(_model("cases", "silver", columns=columns))
    tags = {column.name: column.tags for column in metadata["dagster/column_schema"].columns}
    assert tags["email_masked"] == {"pii": "true", "pii_category": "contact_details"}
    assert not tags["case_id"]


def test_the_pipeline_runs_end_to_end_and_passes_its_checks(
    resources, read_warehouse, partition_key
):
    result = materialize(
        [*ASSETS, dbt_models, *ASSET_CHECKS],
        resources={**resources, "dbt": dbt_resource},
        partition_key=partition_key,
    )
    assert result.success
    evaluations = result.get_asset_check_evaluations()
    assert evaluations
    assert all(evaluation.passed for evaluation in evaluations)

    written = read_warehouse()
    assert written["cases"] > 0
    assert written["counted"] == written["cases"]
{%- if values.personalData %}
    assert written["unmasked"] == 0
{%- endif %}
{%- endif %}
