import pytest
from dagster import Definitions

from ${{ values.packageName }}.assets.keys import (
    CASES,
    CASES_BY_DISTRICT,
    RAW_CASES,
)
from ${{ values.packageName }}.compute import (
    DEFAULT_PROFILE,
    PROFILE_TAG,
)
from ${{ values.packageName }}.conventions import OWNERS
from ${{ values.packageName }}.definitions import defs
from ${{ values.packageName }}.freshness import (
    GOLD_FRESHNESS_POLICY,
)
from ${{ values.packageName }}.resources import (
    build_resources,
)


def test_the_definitions_load():
    Definitions.validate_loadable(defs)


@pytest.mark.parametrize(
    ("key", "group"), [(RAW_CASES, "bronze"), (CASES, "silver"), (CASES_BY_DISTRICT, "gold")]
)
def test_each_layer_follows_the_platform_conventions(key, group):
    node = defs.resolve_asset_graph().get(key)
    assert node.group_name == group
    assert list(node.owners) == OWNERS
    assert node.tags[PROFILE_TAG] == DEFAULT_PROFILE
{%- if values.partitioning != 'none' %}
    assert node.partitions_def is not None
{%- endif %}


def test_the_gold_asset_has_the_gold_freshness_policy():
    graph = defs.resolve_asset_graph()
    assert graph.get(CASES_BY_DISTRICT).freshness_policy == GOLD_FRESHNESS_POLICY
    assert graph.get(CASES).freshness_policy is None


def test_the_resources_work_without_any_settings(monkeypatch):
    for name in ("DUCKDB_DATABASE", "LANDING_BUCKET", "CASES_API_URL", "CASES_API_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    resources = build_resources()
    assert resources["duckdb"].database == "data/warehouse.duckdb"
    assert resources["landing"].bucket == ""
    assert resources["source_api"].base_url == ""
