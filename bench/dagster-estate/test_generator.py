"""Checks of the benchmark estate generator (run: ../../.tools/venv/bin/pytest -q here)."""

import collections

import dagster as dg

from generator import build, location_name, write_workspace


def local_keys(defs: dg.Definitions, index: int) -> list[dg.AssetKey]:
    graph = defs.get_repository_def().asset_graph
    return sorted(k for k in graph.get_all_asset_keys() if k.path[0] == location_name(index))


def test_same_arguments_give_the_same_estate():
    def describe(defs):
        graph = defs.get_repository_def().asset_graph
        return [
            (key, sorted(graph.get(key).parent_keys), graph.get(key).owners)
            for key in local_keys(defs, 1)
        ]

    assert describe(build(1, 4, 200, seed=3)) == describe(build(1, 4, 200, seed=3))
    assert describe(build(1, 4, 200, seed=3)) != describe(build(1, 4, 200, seed=4))


def test_a_location_has_the_simulator_shape():
    defs = build(2, 10, 1000, seed=1)
    dg.Definitions.validate_loadable(defs)
    graph = defs.get_repository_def().asset_graph
    keys = local_keys(defs, 2)
    assert len(keys) == 1000
    layers = collections.Counter(k.path[1] for k in keys)
    assert layers == {"bronze": 400, "silver": 350, "gold": 250}

    downstreams = collections.Counter(p for k in keys for p in graph.get(k).parent_keys)
    assert max(downstreams.values()) >= 10  # silver hubs
    upstreams = collections.Counter(len(graph.get(k).parent_keys) for k in keys)
    assert upstreams[0] == 400  # bronze only
    assert upstreams[1] + upstreams[2] + upstreams[3] > 0.9 * 600

    foreign = {p for k in keys for p in graph.get(k).parent_keys if p.path[0] != k.path[0]}
    assert 10 <= len(foreign) <= 40  # about one gold asset in ten
    # Every foreign upstream is a real asset of the location it names.
    for key in foreign:
        other = int(key.path[0].rsplit("_", 1)[1]) - 1
        assert key in local_keys(build(other, 10, 1000, seed=1), other)

    owners = [graph.get(k).owners for k in keys]
    assert sum(1 for o in owners if not o) > 0
    assert sum(1 for o in owners if o and o[0].startswith("team:")) > 700
    assert sum(1 for o in owners if o and "@" in o[0]) > 0

    pii = [
        c
        for k in keys
        for c in graph.get(k).metadata["dagster/column_schema"].columns
        if c.tags.get("pii") == "true"
    ]
    assert pii
    assert sum(len(c.check_specs) for c in defs.asset_checks) > 100


def test_writes_a_workspace_with_one_file_per_location(tmp_path):
    workspace = write_workspace(tmp_path, locations=3, assets_per_location=10, seed=1)
    assert sorted(p.name for p in tmp_path.glob("*.py")) == [
        "benefits_001.py",
        "education_003.py",
        "transport_002.py",
    ]
    assert "location_name: transport_002" in workspace.read_text()
