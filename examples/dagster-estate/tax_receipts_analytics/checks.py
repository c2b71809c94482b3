"""Asset checks of tax_receipts_analytics."""

from datetime import timedelta

import dagster as dg

from estate_platform import checks
from estate_platform.storage import read_table
from tax_receipts_analytics.bronze import receipts_ledger_raw, repayments_raw
from tax_receipts_analytics.gold import monthly_receipts_bulletin, self_assessment_filing_rates
from tax_receipts_analytics.silver import receipts_ledger


@checks.partitioned_check(
    receipts_ledger,
    name="ledger_balances",
    description="Receipts must reconcile to the control totals of the day's ledger file.",
    blocking=True,
    additional_deps=[receipts_ledger_raw],
)
def ledger_balances(context: dg.AssetCheckExecutionContext) -> dg.AssetCheckResult:
    # The control total is the file's own sum: netting reversals must not change it.
    raw = read_table(receipts_ledger_raw.key, [context.partition_key])
    clean = checks.checked_table(context, receipts_ledger.key)
    control = raw.scalar("select coalesce(sum(amount_gbp), 0) from {table}")
    netted = clean.scalar("select coalesce(sum(amount_gbp), 0) from {table}")
    return dg.AssetCheckResult(
        passed=control == netted,
        metadata={"control_total_gbp": float(control), "ledger_total_gbp": float(netted)},
    )


CHECKS = [
    checks.row_count(receipts_ledger_raw, min_rows=10),
    ledger_balances,
    checks.unique(
        receipts_ledger,
        ["transaction_id"],
        name="no_duplicate_transactions",
        description="transaction_id must be unique.",
        blocking=True,
    ),
    checks.recent_data(
        repayments_raw,
        "issued_on",
        timedelta(days=7),
        description="A repayment should have been issued in the last week.",
    ),
    checks.recent_data(
        monthly_receipts_bulletin,
        "month",
        timedelta(days=45),
        name="current_month_present",
        description="The bulletin includes the current or the previous month.",
    ),
    checks.value_within(
        self_assessment_filing_rates,
        "rates_are_percentages",
        "Filing rates lie between 0 and 100.",
        "select max(abs(on_time_percent - 50)) from {table}",
        maximum=50,
    ),
]
