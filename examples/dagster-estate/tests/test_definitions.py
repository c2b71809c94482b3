"""Each loading code location's Definitions load and follow the platform conventions."""

import importlib

import dagster as dg
import pytest

from estate_platform.compute import COMPUTE_TAG_KEYS

LOCATIONS = {
    "benefit_claims": "claims",
    "road_safety": "road_safety",
    "school_census": "education",
    "tax_receipts_analytics": "tax",
}


def definitions(location: str) -> dg.Definitions:
    return importlib.import_module(f"{location}.definitions").defs


def own_assets(location: str) -> dict[dg.AssetKey, object]:
    """The asset nodes a location defines (not the stubs of other locations' assets)."""
    graph = definitions(location).resolve_asset_graph()
    return {
        key: graph.get(key)
        for key in graph.get_all_asset_keys()
        if graph.get(key).is_materializable
    }


@pytest.mark.parametrize("location", LOCATIONS)
def test_location_loads_and_validates(location):
    defs = definitions(location)
    dg.Definitions.validate_loadable(defs)
    assert defs.resolve_asset_graph().get_all_asset_keys()
    assert {job.name for job in defs.jobs} >= {"daily_ingest", "refresh"}


@pytest.mark.parametrize("location", LOCATIONS)
def test_keys_groups_and_compute_tags(location):
    prefix = LOCATIONS[location]
    for key, node in own_assets(location).items():
        assert key.path[0] == prefix, key
        layer = key.path[1]
        assert layer in ("bronze", "silver", "gold", "reference"), key
        expected_group = "reference" if layer == "reference" else f"{prefix}_{layer}"
        assert node.group_name == expected_group, key
        assert set(COMPUTE_TAG_KEYS) <= set(node.tags), key
        assert node.tags["layer"] == layer, key
        assert node.description, key


def test_estate_size_and_the_keys_the_portal_tests_use():
    counts = {location: len(own_assets(location)) for location in LOCATIONS}
    assert counts == {
        "benefit_claims": 30,
        "road_safety": 26,
        "school_census": 27,
        "tax_receipts_analytics": 24,
    }
    claims = own_assets("benefit_claims")
    assert dg.AssetKey(["claims", "bronze", "claims_raw"]) in claims
    assert dg.AssetKey(["claims", "silver", "claims_clean"]) in claims


def test_owners_include_teams_emails_and_nobody():
    nodes = {key: node for location in LOCATIONS for key, node in own_assets(location).items()}
    owners = {key.to_user_string(): list(node.owners) for key, node in nodes.items()}
    assert owners["claims/bronze/claims_raw"] == ["team:claims-data-team"]
    assert owners["claims/silver/fraud_referrals_clean"] == [
        "dana.okafor@public-data.example.gov.uk"
    ]
    assert owners["claims/reference/postcode_directory"] == ["team:geography-hub"]
    ownerless = sorted(key for key, names in owners.items() if not names)
    assert "claims/reference/bank_holidays" in ownerless
    assert "claims/gold/work_coach_capacity" in ownerless
    assert len(ownerless) >= 5
    assert sum(1 for names in owners.values() if any("@" in name for name in names)) >= 5


def test_cross_location_dependencies():
    graph = definitions("tax_receipts_analytics").resolve_asset_graph()
    key = dg.AssetKey(["tax", "gold", "regional_revenue_per_claimant"])
    assert dg.AssetKey(["claims", "silver", "claims_with_geography"]) in graph.get(key).parent_keys
    graph = definitions("road_safety").resolve_asset_graph()
    key = dg.AssetKey(["road_safety", "gold", "school_journey_casualties"])
    assert dg.AssetKey(["education", "silver", "schools_register"]) in graph.get(key).parent_keys


def test_partitionings():
    claims = own_assets("benefit_claims")
    daily = claims[dg.AssetKey(["claims", "bronze", "claims_raw"])].partitions_def
    assert isinstance(daily, dg.TimeWindowPartitionsDefinition)
    assert daily.start.date().isoformat() == "2024-04-01"
    school = own_assets("school_census")
    terms = school[dg.AssetKey(["education", "silver", "pupils"])].partitions_def
    assert terms.get_partition_keys()[-1] == "2025-autumn"


def test_dbt_models_follow_the_conventions():
    claims = own_assets("benefit_claims")
    clean = claims[dg.AssetKey(["claims", "silver", "claims_clean"])]
    assert "dbt" in clean.kinds
    assert clean.owners == ["team:claims-data-team"]
    assert clean.tags["classification"] == "OFFICIAL-SENSITIVE"
    assert clean.automation_condition is not None
    kpi = claims[dg.AssetKey(["claims", "gold", "payment_timeliness_kpi"])]
    assert kpi.freshness_policy is not None
    graph = definitions("benefit_claims").resolve_asset_graph()
    checks = {k.name for k in graph.asset_check_keys if k.asset_key == clean.key}
    assert {"claim_id_unique", "nino_hash_not_null"} <= checks
    assert graph.get_check_spec(dg.AssetCheckKey(clean.key, "claim_id_unique")).blocking
    assert not graph.get_check_spec(dg.AssetCheckKey(clean.key, "nino_hash_not_null")).blocking
