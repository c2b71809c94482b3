"""Checks compute on the data: they pass, fail with WARN, or fail with ERROR and block."""

from datetime import UTC, datetime, timedelta

import dagster as dg

from estate_platform import checks
from estate_platform.resources import shared_resources
from estate_platform.storage import Rows


def day(back: int) -> str:
    return (datetime.now(UTC).date() - timedelta(days=back)).isoformat()


def outcomes(result: dg.ExecuteInProcessResult) -> dict[str, tuple[bool, str]]:
    return {
        e.check_name: (e.passed, e.severity.value) for e in result.get_asset_check_evaluations()
    }


def checks_of(definitions, assets):
    keys = {asset.key for asset in assets}
    return [check for check in definitions if {k.asset_key for k in check.check_keys} <= keys]


def run(assets, partition=None):
    return dg.materialize(
        assets,
        partition_key=partition,
        resources=shared_resources(),
        instance=dg.DagsterInstance.ephemeral(),
        raise_on_error=False,
    )


def test_factories_pass_warn_and_fail():
    @dg.asset(key=["test", "bronze", "people"])
    def people() -> Rows:
        return Rows(
            [("id", "INTEGER"), ("name", "VARCHAR")],
            [(1, "Alys"), (2, None), (2, "Bran")],
        )

    result = run(
        [
            people,
            *checks.not_null(people, ["id"]),
            *checks.not_null(people, ["name"], severity=checks.WARN),
            checks.unique(people, ["id"]),
            checks.row_count(people, min_rows=2),
        ]
    )
    assert outcomes(result) == {
        "id_not_null": (True, "ERROR"),
        "name_not_null": (False, "WARN"),
        "id_unique": (False, "ERROR"),
        "row_count": (True, "ERROR"),
    }


def test_blocking_check_stops_downstream():
    @dg.asset(key=["test", "silver", "amounts"])
    def amounts() -> Rows:
        return Rows([("amount", "INTEGER")], [(5,), (-1,)])

    @dg.asset(key=["test", "gold", "total"], deps=[amounts])
    def total() -> None:
        raise AssertionError("must not run after a blocking failure")

    positive = checks.no_rows_matching(
        amounts, "positive", "Amounts are positive.", "amount <= 0", blocking=True
    )
    result = run([amounts, total, positive])
    assert outcomes(result) == {"positive": (False, "ERROR")}
    materialised = {e.asset_key.path[-1] for e in result.get_asset_materialization_events()}
    assert materialised == {"amounts"}
    assert not result.success


def test_road_safety_force_codes_fail_only_on_bad_days():
    from road_safety.bronze import casualties_raw, collision_reports_raw
    from road_safety.checks import CHECKS
    from road_safety.silver import casualties_clean, collisions_clean

    assets = [collision_reports_raw, casualties_raw, collisions_clean, casualties_clean]
    mine = checks_of(CHECKS, assets)
    good = outcomes(run([*assets, *mine], partition=day(5)))
    assert good["police_force_code_valid"] == (True, "ERROR")
    assert good["collision_date_not_future"] == (True, "ERROR")
    bad_run = run([*assets, *mine], partition=day(1))
    bad = outcomes(bad_run)
    assert bad["police_force_code_valid"] == (False, "ERROR")
    # The check is blocking: casualties were not built from the bad collisions.
    built = {e.asset_key.path[-1] for e in bad_run.get_asset_materialization_events()}
    assert "casualties_clean" not in built


def test_tax_duplicates_and_a_stalled_feed():
    from tax_receipts_analytics.bronze import receipts_ledger_raw, repayments_raw
    from tax_receipts_analytics.checks import CHECKS
    from tax_receipts_analytics.silver import receipts_ledger

    assets = [receipts_ledger_raw, receipts_ledger]
    mine = checks_of(CHECKS, assets)
    earlier = outcomes(run([*assets, *mine], partition=day(3)))
    yesterday = outcomes(run([*assets, *mine], partition=day(1)))
    assert earlier["no_duplicate_transactions"] == (True, "ERROR")
    assert yesterday["no_duplicate_transactions"] == (False, "ERROR")
    assert yesterday["ledger_balances"] == (True, "ERROR")
    stalled = checks_of(CHECKS, [repayments_raw])
    assert outcomes(run([repayments_raw, *stalled])) == {"data_is_recent": (False, "WARN")}
