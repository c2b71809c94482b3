"""Give the demo estate a history: materialise it, in-process, into the instance at DAGSTER_HOME.

    DAGSTER_HOME=$(mktemp -d) .tools/venv/bin/python examples/dagster-estate/seed.py

First ``dbt parse`` writes the benefit_claims manifest, then three rounds of runs follow, each
one day of the estate's life: the partitioned jobs load the day's files, then each location's
refresh job rebuilds its unpartitioned assets. The source feeds have bad days (see each
location's feeds.py), so checks pass in early rounds and fail later; some runs fail on a
blocking check; and the last round leaves a few assets stale on purpose.

Runs go one after another in this process with the in-process executor; the webserver then
reads the same instance. Running it again on the same DAGSTER_HOME adds another history.
"""

import contextlib
import io
import os
import sys
import time
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dagster as dg  # noqa: E402

from estate_platform.conventions import AS_OF_TAG  # noqa: E402

QUIET = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}

# Assets no run materialises: new models nobody has run yet.
NEVER = {"claims/gold/fraud_risk_scores", "education/gold/school_places_forecast"}
# Assets the last round leaves out, so that their upstreams are newer than they are.
LEFT_STALE = {
    "claims/gold/ministerial_dashboard_extract",
    "road_safety/gold/road_safety_dashboard",
    "tax/gold/regional_revenue_per_claimant",
    "tax/gold/tax_gap_dashboard",
    "tax/gold/treasury_briefing_pack",
}
# Not built in the first round: the payments they read are netted against claims_clean,
# which the first refresh builds.
CLAIMS_PAYMENT_CHAIN = {
    "claims/gold/payment_timeliness_kpi",
    "claims/gold/official_statistics_release",
    "claims/gold/ministerial_dashboard_extract",
}


@dataclass
class Seeder:
    instance: dg.DagsterInstance
    definitions: dict[str, dg.Definitions]
    runs: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)

    def run(
        self,
        location: str,
        job_name: str,
        *,
        as_of: str,
        partition: str | None = None,
        only: set[str] | None = None,
        without: set[str] = frozenset(),
    ) -> None:
        defs = self.definitions[location]
        job = defs.resolve_job_def(job_name)
        keys = {key.to_user_string() for key in job.asset_layer.executable_asset_keys}
        if only is not None:
            keys &= only
        keys -= without | NEVER
        started = time.monotonic()
        # dbt's progress lines go to stdout; the run's event log keeps what matters.
        with contextlib.redirect_stdout(io.StringIO()):
            result = job.execute_in_process(
                instance=self.instance,
                partition_key=partition,
                asset_selection=[dg.AssetKey.from_user_string(key) for key in sorted(keys)],
                tags={AS_OF_TAG: as_of, "estate/seeded-by": "seed.py"},
                run_config=QUIET,
                raise_on_error=False,
            )
        self.runs += 1
        status = result.dagster_run.status.value
        self.outcomes[status] = self.outcomes.get(status, 0) + 1
        evaluations = [
            event.event_specific_data
            for event in result.all_events
            if event.event_type_value == "ASSET_CHECK_EVALUATION"
        ]
        failed = sorted(e.check_name for e in evaluations if not e.passed)
        materialised = sum(
            1 for event in result.all_events if event.event_type_value == "ASSET_MATERIALIZATION"
        )
        print(
            f"run {self.runs:2d}  {location:<23} {job_name:<13} {partition or '-':<11}"
            f" {status:<8} {time.monotonic() - started:5.1f}s  {materialised:2d} materialised,"
            f" {len(evaluations):2d} checks" + (f", failed: {', '.join(failed)}" if failed else ""),
            flush=True,
        )


def ensure_instance() -> Path:
    home = os.environ.get("DAGSTER_HOME")
    if not home:
        sys.exit("Set DAGSTER_HOME to the instance folder the webserver will read.")
    path = Path(home).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    config = path / "dagster.yaml"
    if not config.exists():
        config.write_text(
            "# Written by examples/dagster-estate/seed.py\ntelemetry:\n  enabled: false\n"
        )
    return path


def prepare_dbt() -> str:
    """Run `dbt parse` unless the manifest is newer than every file of the dbt project."""
    from dagster_dbt import DbtProject

    from estate_platform.dbt import parse

    project_dir = HERE / "benefit_claims" / "dbt_project"
    project = DbtProject(project_dir=project_dir, profiles_dir=project_dir)
    sources = [
        path
        for path in project_dir.rglob("*")
        if path.suffix in (".sql", ".yml") and project.target_path.name not in path.parts
    ]
    manifest = project.manifest_path
    if manifest.exists() and all(p.stat().st_mtime < manifest.stat().st_mtime for p in sources):
        return "dbt manifest up to date (benefit_claims)"
    parse(project)
    return "dbt parse (benefit_claims)"


def load_definitions() -> dict[str, dg.Definitions]:
    from benefit_claims.definitions import defs as claims
    from road_safety.definitions import defs as road_safety
    from school_census.definitions import defs as school_census
    from tax_receipts_analytics.definitions import defs as tax

    return {
        "benefit_claims": claims,
        "school_census": school_census,
        "road_safety": road_safety,
        "tax_receipts_analytics": tax,
    }


def main() -> None:
    warnings.filterwarnings("ignore", category=dg.BetaWarning)
    warnings.filterwarnings("ignore", category=dg.PreviewWarning)
    started = time.monotonic()
    home = ensure_instance()
    print(f"Seeding the demo estate into DAGSTER_HOME={home}", flush=True)

    step = time.monotonic()
    what = prepare_dbt()
    print(f"{what:<48} {time.monotonic() - step:5.1f}s")
    step = time.monotonic()
    seeder = Seeder(dg.DagsterInstance.get(), load_definitions())
    print(f"{'loaded the four code locations':<48} {time.monotonic() - step:5.1f}s")

    today = datetime.now(UTC).date()

    def day(back: int) -> str:
        return (today - timedelta(days=back)).isoformat()

    claims_raw = {"claims/bronze/claims_raw", "claims/bronze/payments_raw"}

    # Round 1: the first day of files, and the first build of everything else.
    as_of = day(2)
    first_days = (3,)
    for back in first_days:
        seeder.run(
            "benefit_claims", "daily_ingest", as_of=as_of, partition=day(back), only=claims_raw
        )
    seeder.run("benefit_claims", "refresh", as_of=as_of, without=CLAIMS_PAYMENT_CHAIN)
    for back in first_days:
        seeder.run(
            "benefit_claims",
            "daily_ingest",
            as_of=as_of,
            partition=day(back),
            only={"claims/silver/payments_clean"},
        )
    for term in ("2024-autumn", "2025-spring", "2025-summer"):
        seeder.run("school_census", "termly_census", as_of=as_of, partition=term)
    # The daily road jobs need the road network, an unpartitioned extract.
    seeder.run("road_safety", "refresh", as_of=as_of, only={"road_safety/bronze/road_network_raw"})
    for location in ("school_census", "road_safety", "tax_receipts_analytics"):
        for back in first_days:
            seeder.run(location, "daily_ingest", as_of=as_of, partition=day(back))
        seeder.run(location, "refresh", as_of=as_of)

    # Round 2: one more day; the autumn census arrives with three schools missing.
    as_of = day(1)
    seeder.run("benefit_claims", "daily_ingest", as_of=as_of, partition=day(2))
    seeder.run("benefit_claims", "refresh", as_of=as_of)
    seeder.run("school_census", "termly_census", as_of=as_of, partition="2025-autumn")
    for location in ("school_census", "road_safety", "tax_receipts_analytics"):
        seeder.run(location, "daily_ingest", as_of=as_of, partition=day(2))
        seeder.run(location, "refresh", as_of=as_of)

    # Round 3: yesterday's files; a few downstream assets are not rebuilt.
    as_of = day(0)
    for location in ("benefit_claims", "school_census", "road_safety", "tax_receipts_analytics"):
        seeder.run(location, "daily_ingest", as_of=as_of, partition=day(1))
        seeder.run(location, "refresh", as_of=as_of, without=LEFT_STALE)

    outcomes = ", ".join(f"{count} {status}" for status, count in sorted(seeder.outcomes.items()))
    print(f"{seeder.runs} runs ({outcomes}) in {time.monotonic() - started:.1f}s total")


if __name__ == "__main__":
    main()
