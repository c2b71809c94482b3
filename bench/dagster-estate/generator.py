"""A synthetic Dagster estate of any size, as real Dagster definitions.

``build(index, locations, assets_per_location, seed)`` returns the
``dg.Definitions`` of one code location of an estate of ``locations``
locations. Each location has bronze, silver and gold layers (40/35/25 %);
most assets read one to three upstreams, a few silver "hubs" feed many
downstreams, and about one gold asset in ten reads a silver asset of another
location. Assets carry owners (a team, an analyst's e-mail, or none), kinds,
groups, tags, a ``dagster/column_schema`` with personal-data columns tagged
``pii``, daily partitions on some bronze tables, and asset checks.

Same arguments, same estate: every location plans its own assets from a
random stream seeded by ``(seed, index)``, so a location can name another
location's assets (for the cross-location edges) without the whole estate
being planned in every code server.

To stay cheap for Dagster to load, each layer is one ``dg.multi_asset`` over
``dg.AssetSpec`` s (``can_subset=True``, so any selection can run) and each
location's checks are one ``dg.multi_asset_check``; one op per asset makes
the code server and the webserver much slower to load (see bench/README.md).

Run ``python generator.py DIR --locations N --assets-per-location M`` to
write a workspace into DIR: one small ``<location>.py`` per location calling
``build`` and a ``workspace.yaml`` listing them.
"""

import argparse
import functools
import json
import math
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

LAYERS = ("bronze", "silver", "gold")
HUB_SHARE = 0.05  # the first 5 % of a location's silver assets are hubs
HUB_WEIGHT = 15  # a hub is this many times likelier to be picked as an upstream
CROSS_LOCATION_RATE = 0.1

DOMAINS = (
    "benefits",
    "transport",
    "education",
    "health",
    "tax",
    "housing",
    "justice",
    "environment",
    "employment",
    "population",
    "energy",
    "trade",
)

ENTITIES = (
    "claims",
    "payments",
    "applications",
    "inspections",
    "incidents",
    "licences",
    "grants",
    "enrolments",
    "appointments",
    "referrals",
    "permits",
    "returns",
    "vehicles",
    "providers",
    "households",
    "addresses",
    "cases",
    "assessments",
    "complaints",
    "contracts",
)

SUFFIXES = {
    "bronze": ("raw", "landing", "extract", "feed", "snapshot"),
    "silver": ("clean", "deduplicated", "conformed", "enriched", "validated"),
    "gold": ("summary", "by_region", "monthly_kpis", "dashboard", "trends", "publication"),
}

KINDS = {
    "bronze": (("python", "s3"), ("python", "pandas", "s3"), ("airbyte", "postgres")),
    "silver": (("dbt", "snowflake"), ("dbt", "postgres"), ("python", "pandas", "snowflake")),
    "gold": (
        ("dbt", "snowflake"),
        ("python", "pandas", "postgres"),
        ("dbt", "snowflake", "tableau"),
    ),
}

# (name, type, nullable, unique)
PLAIN_COLUMNS = (
    ("record_id", "VARCHAR", False, True),
    ("local_authority_code", "VARCHAR", True, False),
    ("region", "VARCHAR", True, False),
    ("status", "VARCHAR", True, False),
    ("amount_gbp", "NUMERIC(12,2)", True, False),
    ("created_at", "TIMESTAMP", False, False),
    ("updated_at", "TIMESTAMP", True, False),
    ("source_system", "VARCHAR", True, False),
    ("financial_year", "VARCHAR", True, False),
    ("count", "INTEGER", True, False),
)

# (name, type, pii_category, masking): tagged as the portal's governance checks expect.
PII_COLUMNS = (
    ("national_insurance_number", "VARCHAR", "national_insurance_number", "hashed"),
    ("nhs_number", "VARCHAR", "nhs_number", "hashed"),
    ("postcode", "VARCHAR", "postcode", "none"),
    ("full_name", "VARCHAR", "name", "none"),
    ("date_of_birth", "DATE", "date_of_birth", "none"),
)

DAILY = dg.DailyPartitionsDefinition(start_date="2024-01-01")


@dataclass
class PlannedAsset:
    layer: str
    name: str
    entity: str
    columns: list[dg.TableColumn]
    owners: list[str]
    kinds: tuple[str, ...]
    has_pii: bool
    partitioned: bool
    check: bool
    deps: list[list[str]] = field(default_factory=list)


@dataclass
class LocationPlan:
    index: int
    name: str
    domain: str
    layers: dict[str, list[PlannedAsset]]
    # Silver indices, hubs repeated, so a uniform pick favours hubs.
    silver_pool: list[int]

    def key(self, asset: PlannedAsset) -> list[str]:
        return [self.name, asset.layer, asset.name]


def location_name(index: int) -> str:
    """``benefits_001``, ``transport_002``, ...: the domain and the 1-based index."""
    return f"{DOMAINS[index % len(DOMAINS)]}_{index + 1:03d}"


def _half_up(x: float) -> int:
    return int(math.floor(x + 0.5))


def _layer_sizes(n: int) -> dict[str, int]:
    bronze = max(1, _half_up(n * 0.4))
    silver = max(1 if n >= 2 else 0, _half_up(n * 0.35))
    return {"bronze": bronze, "silver": silver, "gold": max(0, n - bronze - silver)}


def _upstream_count(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.5:
        return 1
    if r < 0.85:
        return 2
    if r < 0.96:
        return 3
    return rng.randint(4, 5)


def _column(spec: tuple, pii: tuple | None = None) -> dg.TableColumn:
    if pii:
        name, type_, category, masking = pii
        return dg.TableColumn(
            name,
            type_,
            tags={"pii": "true", "pii_category": category, "masking": masking},
        )
    name, type_, nullable, unique = spec
    return dg.TableColumn(
        name, type_, constraints=dg.TableColumnConstraints(nullable=nullable, unique=unique)
    )


@functools.cache
def _plan(index: int, count: int, seed: int) -> LocationPlan:
    """Names and attributes of one location's assets (no edges yet)."""
    rng = random.Random(f"estate:{seed}:{index}:assets")
    domain = DOMAINS[index % len(DOMAINS)]
    plan = LocationPlan(
        index=index,
        name=location_name(index),
        domain=domain,
        layers={layer: [] for layer in LAYERS},
        silver_pool=[],
    )
    used: set[str] = set()
    for layer, size in _layer_sizes(count).items():
        for i in range(size):
            entity = rng.choice(ENTITIES)
            name = f"{entity}_{rng.choice(SUFFIXES[layer])}"
            while name in used:
                name = f"{name}_{i}"
            used.add(name)
            columns = [_column(c) for c in PLAIN_COLUMNS[: rng.randint(3, 7)]]
            has_pii = layer != "gold" and rng.random() < 0.3
            if has_pii:
                columns.append(_column((), rng.choice(PII_COLUMNS)))
            roll = rng.random()
            if roll < 0.08:
                owners = []
            elif roll < 0.18:
                owners = [f"analyst{rng.randint(1, 40)}@public-data.example.gov.uk"]
            else:
                owners = [f"team:{domain}-data-{index % 7}"]
            check = layer != "bronze" and rng.random() < 0.3
            plan.layers[layer].append(
                PlannedAsset(
                    layer=layer,
                    name=name,
                    entity=entity,
                    columns=columns,
                    owners=owners,
                    kinds=rng.choice(KINDS[layer]),
                    has_pii=has_pii,
                    partitioned=layer == "bronze" and rng.random() < 0.2,
                    check=check,
                )
            )
    silver = plan.layers["silver"]
    hubs = max(1, math.ceil(len(silver) * HUB_SHARE)) if silver else 0
    for i in range(len(silver)):
        plan.silver_pool.extend([i] * (HUB_WEIGHT if i < hubs else 1))
    return plan


def _pick_deps(count: int, pick) -> list[list[str]]:
    deps: dict[tuple[str, ...], list[str]] = {}
    tries = 0
    while len(deps) < count and tries < count * 4:
        tries += 1
        key = pick()
        if key:
            deps[tuple(key)] = key
    return list(deps.values())


def _wire(plan: LocationPlan, locations: int, count: int, seed: int) -> None:
    """Upstreams of the location's silver and gold assets, some in other locations."""
    rng = random.Random(f"estate:{seed}:{plan.index}:edges")
    bronze, silver, gold = (plan.layers[layer] for layer in LAYERS)

    def from_silver(p: LocationPlan) -> list[str] | None:
        if not p.silver_pool:
            return None
        return p.key(p.layers["silver"][rng.choice(p.silver_pool)])

    for i, asset in enumerate(silver):
        # Hubs (the first few) read bronze only; the others may also read a hub.
        hubs = [s for s in plan.silver_pool if s < i]
        asset.deps = _pick_deps(
            _upstream_count(rng),
            lambda hubs=hubs: (
                plan.key(silver[rng.choice(hubs)])
                if hubs and rng.random() < 0.25
                else plan.key(rng.choice(bronze))
            ),
        )
    for asset in gold:
        deps = _pick_deps(
            _upstream_count(rng),
            lambda: from_silver(plan) if silver else plan.key(rng.choice(bronze)),
        )
        if locations > 1 and rng.random() < CROSS_LOCATION_RATE:
            other = (plan.index + rng.randint(1, locations - 1)) % locations
            up = from_silver(_plan(other, count, seed))
            if up:
                # Replace the last upstream (or add one) with the other location's asset.
                if len(deps) > 1:
                    deps[-1] = up
                else:
                    deps.append(up)
        asset.deps = deps


def _describe(layer: str, entity: str, domain: str, location: str) -> str:
    what = entity.replace("_", " ")
    if layer == "bronze":
        return (
            f"Raw {what} records for the {domain} service, landed from the {location} "
            "source system without change."
        )
    if layer == "silver":
        return (
            f"Cleaned and de-duplicated {what}, conformed to the departmental standards "
            f"for {domain}."
        )
    return f"Aggregated {what} indicators for {domain} reporting and published dashboards."


def _spec(plan: LocationPlan, asset: PlannedAsset) -> dg.AssetSpec:
    return dg.AssetSpec(
        key=plan.key(asset),
        deps=[dg.AssetKey(d) for d in asset.deps],
        description=_describe(asset.layer, asset.entity, plan.domain, plan.name),
        group_name=f"{plan.domain}_{asset.layer}",
        owners=asset.owners,
        kinds=set(asset.kinds),
        tags={
            "classification": "OFFICIAL-SENSITIVE" if asset.has_pii else "OFFICIAL",
            "layer": asset.layer,
        },
        metadata={"dagster/column_schema": dg.TableSchema(columns=asset.columns)},
    )


def _layer_asset(name: str, specs: list[dg.AssetSpec], partitions_def=None) -> dg.AssetsDefinition:
    @dg.multi_asset(name=name, specs=specs, can_subset=True, partitions_def=partitions_def)
    def _materialise(context: dg.AssetExecutionContext):
        for key in sorted(context.selected_asset_keys):
            yield dg.MaterializeResult(asset_key=key)

    return _materialise


def _checks(name: str, specs: list[dg.AssetCheckSpec]) -> dg.AssetChecksDefinition:
    @dg.multi_asset_check(name=name, specs=specs, can_subset=True)
    def _run_checks(context: dg.AssetCheckExecutionContext):
        for key in sorted(context.selected_asset_check_keys):
            yield dg.AssetCheckResult(asset_key=key.asset_key, check_name=key.name, passed=True)

    return _run_checks


def build(index: int, locations: int, assets_per_location: int, seed: int = 1) -> dg.Definitions:
    """The definitions of location ``index`` (0-based) of the estate."""
    if not 0 <= index < locations:
        raise ValueError(f"index {index} is not in 0..{locations - 1}")
    plan = _plan(index, assets_per_location, seed)
    _wire(plan, locations, assets_per_location, seed)
    layer_assets: list[dg.AssetsDefinition] = []
    check_specs: list[dg.AssetCheckSpec] = []
    for layer in LAYERS:
        planned = plan.layers[layer]
        for partitioned in (False, True):
            specs = [_spec(plan, a) for a in planned if a.partitioned == partitioned]
            if specs:
                name = f"{layer}_daily" if partitioned else layer
                layer_assets.append(_layer_asset(name, specs, DAILY if partitioned else None))
        check_specs.extend(
            dg.AssetCheckSpec(
                "row_count_not_zero",
                asset=plan.key(a),
                description="Table must not be empty.",
                blocking=layer == "silver",
            )
            for a in planned
            if a.check
        )
    checks = [_checks("row_counts", check_specs)] if check_specs else []
    return dg.Definitions(assets=layer_assets, asset_checks=checks)


LOCATION_FILE = '''"""Location {index} of the benchmark estate (see bench/dagster-estate)."""

import sys

sys.path.insert(0, {generator_dir})

from generator import build  # noqa: E402

defs = build({index}, locations={locations}, assets_per_location={per}, seed={seed})
'''


def write_workspace(directory: Path, locations: int, assets_per_location: int, seed: int) -> Path:
    """Writes one ``<location>.py`` per location and a ``workspace.yaml``; returns the latter."""
    directory.mkdir(parents=True, exist_ok=True)
    generator_dir = json.dumps(str(Path(__file__).resolve().parent))
    lines = ["# Written by bench/dagster-estate/generator.py.", "load_from:"]
    for index in range(locations):
        name = location_name(index)
        (directory / f"{name}.py").write_text(
            LOCATION_FILE.format(
                index=index,
                locations=locations,
                per=assets_per_location,
                seed=seed,
                generator_dir=generator_dir,
            )
        )
        lines += [
            "  - python_file:",
            f"      relative_path: {name}.py",
            f"      location_name: {name}",
        ]
    workspace = directory / "workspace.yaml"
    workspace.write_text("\n".join(lines) + "\n")
    return workspace


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--locations", type=int, default=10)
    parser.add_argument("--assets-per-location", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    print(write_workspace(args.directory, args.locations, args.assets_per_location, args.seed))


if __name__ == "__main__":
    main(sys.argv[1:])
