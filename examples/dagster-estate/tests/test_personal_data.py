"""Columns holding personal data are tagged, masked or not, as the estate declares them."""

import importlib

import dagster as dg

from estate_platform.columns import personal_columns


def column_tags(location: str, key: str) -> dict[str, dict[str, str]]:
    graph = importlib.import_module(f"{location}.definitions").defs.resolve_asset_graph()
    schema = graph.get(dg.AssetKey.from_user_string(key)).metadata["dagster/column_schema"]
    return {column.name: dict(column.tags) for column in personal_columns(schema)}


def test_bronze_holds_identifiers_in_clear():
    tags = column_tags("benefit_claims", "claims/bronze/claims_raw")
    assert tags["national_insurance_number"] == {
        "pii": "true",
        "pii_category": "national_insurance_number",
        "masking": "none",
    }
    assert {tags[name]["pii_category"] for name in tags} == {
        "national_insurance_number",
        "name",
        "date_of_birth",
        "postcode",
    }


def test_dbt_silver_columns_are_hashed_or_truncated():
    tags = column_tags("benefit_claims", "claims/silver/claimants")
    assert tags["nino_hash"]["masking"] == "hashed"
    assert tags["birth_month"]["masking"] == "truncated"
    assert tags["postcode_sector"] == {
        "pii": "true",
        "pii_category": "postcode",
        "masking": "truncated",
    }


def test_some_silver_tables_still_carry_unmasked_personal_data():
    assert (
        column_tags("school_census", "education/silver/fsm_eligibility")["parent_nino"]["masking"]
        == "none"
    )
    assert (
        column_tags("benefit_claims", "claims/silver/claims_clean")["postcode"]["masking"] == "none"
    )


def test_special_category_and_other_identifiers():
    sen = column_tags("school_census", "education/bronze/sen_plans_raw")
    assert sen["primary_need"]["pii_category"] == "health"
    vehicles = column_tags("road_safety", "road_safety/silver/vehicles_clean")
    assert vehicles["registration_hash"]["masking"] == "hashed"


def test_python_and_sql_pseudonyms_agree():
    import duckdb

    from estate_platform.pii import is_pseudonym, pseudonym_sql, pseudonymise

    typed_by_hand = pseudonym_sql("'qq 12 34 56 a'")
    sql = duckdb.sql(f"select {typed_by_hand}").fetchall()[0][0]
    assert sql == pseudonymise("QQ123456A")
    assert is_pseudonym(sql)
    assert pseudonymise(None) is None
