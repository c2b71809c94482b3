"""Asset checks of benefit_claims written in Python (the dbt models are checked by dbt tests)."""

from datetime import timedelta

from benefit_claims.bronze import claimant_details_raw, claims_raw, payments_raw
from benefit_claims.gold import official_statistics_release
from benefit_claims.reference import bank_holidays, local_authority_lookup, postcode_directory
from benefit_claims.silver import payments_clean
from estate_platform import checks

CHECKS = [
    # Bronze holds what the source sent: check only that something usable arrived.
    checks.row_count(claims_raw, min_rows=10),
    *checks.not_null(claims_raw, ["claim_id", "submitted_at"]),
    checks.recent_data(claims_raw, "submitted_at", timedelta(days=4)),
    checks.row_count(payments_raw, min_rows=10, severity=checks.WARN),
    checks.unique(claimant_details_raw, ["claimant_id"]),
    # Reference data other locations join to: a duplicate code would double-count claims.
    checks.unique(local_authority_lookup, ["local_authority_code"], blocking=True),
    checks.unique(postcode_directory, ["postcode"], blocking=True),
    checks.value_within(
        bank_holidays,
        "covers_next_twelve_months",
        "The list must reach at least 300 days ahead, or working-day counts go wrong.",
        "select max(holiday_date) - current_date from {table}",
        minimum=300,
        severity=checks.WARN,
    ),
    # Silver feeds the published statistics: a failure stops the run before gold.
    checks.no_rows_matching(
        payments_clean,
        "payment_amount_positive",
        "Payment amounts must be greater than zero once reversals are netted off.",
        "amount_gbp <= 0",
        blocking=True,
        sample_column="payment_id",
    ),
    checks.unique(payments_clean, ["payment_id"], blocking=True),
    checks.row_count(official_statistics_release, min_rows=3),
]
