"""Bronze: the RevenueCore ledger and the returns, payroll, repayment and debt extracts."""

import dagster as dg

from estate_platform import columns as c
from estate_platform.conventions import OFFICIAL_SENSITIVE
from estate_platform.partitions import DAILY
from estate_platform.storage import Rows
from estate_platform.synthetic import as_of, partition_day
from tax_receipts_analytics import feeds
from tax_receipts_analytics.location import DEBT_TEAM, TAX

UTR = c.personal("utr", "unique_taxpayer_reference", description="Unique taxpayer reference")

RECEIPTS_LEDGER_RAW = [
    c.col("transaction_id", "VARCHAR", unique=True),
    c.col("tax_head", "VARCHAR"),
    c.col("amount_gbp", "NUMERIC(14,2)"),
    c.col("received_on", "DATE"),
    c.col("channel", "VARCHAR"),
    c.col("reverses_transaction_id", "VARCHAR"),
]


@TAX.asset(
    "bronze",
    partitions_def=DAILY,
    description=(
        "Daily extract of cash receipts from the RevenueCore ledger, by tax head and payment"
        " channel."
    ),
    columns=RECEIPTS_LEDGER_RAW,
    tags={"classification": OFFICIAL_SENSITIVE},
)
def receipts_ledger_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows.of(RECEIPTS_LEDGER_RAW, feeds.ledger(partition_day(context)))


SELF_ASSESSMENT_RETURNS_RAW = [
    UTR,
    c.nino(),
    c.full_name(),
    c.date_of_birth(),
    c.postcode(),
    c.col("total_income", "NUMERIC(14,2)"),
    c.col("tax_due", "NUMERIC(14,2)"),
    c.col("filed_on", "DATE"),
    c.col("due_on", "DATE"),
]


@TAX.asset(
    "bronze",
    description="Self Assessment returns as filed, with declared income and tax due.",
    columns=SELF_ASSESSMENT_RETURNS_RAW,
    tags={
        "classification": OFFICIAL_SENSITIVE,
        "lawful_basis": "legal_obligation",
        "retention_period": "P7Y",
    },
)
def self_assessment_returns_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows.of(SELF_ASSESSMENT_RETURNS_RAW, feeds.self_assessment(as_of(context)))


VAT_RETURNS_RAW = [
    c.col("vat_registration_number", "VARCHAR"),
    c.col("period_key", "VARCHAR"),
    c.col("net_vat_due", "NUMERIC(14,2)"),
    c.col("nil_return", "BOOLEAN"),
    c.col("amended", "BOOLEAN"),
    c.col("sector", "VARCHAR"),
]


@TAX.asset(
    "bronze",
    description="VAT returns by registration number and period. Business identifiers only.",
    columns=VAT_RETURNS_RAW,
)
def vat_returns_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows.of(VAT_RETURNS_RAW, feeds.vat_returns(as_of(context)))


PAYE_RTI_SUBMISSIONS_RAW = [
    c.col("employer_reference", "VARCHAR"),
    c.nino(),
    c.col("taxable_pay", "NUMERIC(12,2)"),
    c.col("tax_deducted", "NUMERIC(12,2)"),
    c.col("pay_date", "DATE"),
    c.col("sector", "VARCHAR"),
]


@TAX.asset(
    "bronze",
    partitions_def=DAILY,
    description=(
        "Real-time employer payroll submissions: pay and deductions per employee per pay period."
    ),
    columns=PAYE_RTI_SUBMISSIONS_RAW,
    tags={"classification": OFFICIAL_SENSITIVE, "lawful_basis": "legal_obligation"},
)
def paye_rti_submissions_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows.of(PAYE_RTI_SUBMISSIONS_RAW, feeds.paye(partition_day(context)))


@TAX.asset(
    "bronze",
    description="Repayments issued to taxpayers, with the reason and the date issued.",
)
def repayments_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows(
        [
            ("repayment_id", "VARCHAR"),
            ("tax_head", "VARCHAR"),
            ("amount_gbp", "DECIMAL(12,2)"),
            ("claimed_on", "DATE"),
            ("issued_on", "DATE"),
            ("reason", "VARCHAR"),
        ],
        feeds.repayments(as_of(context)),
    )


@TAX.asset(
    "bronze",
    owners=[DEBT_TEAM],
    description="Open tax debt cases with balance, age and recovery stage.",
)
def debt_cases_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows(
        [
            ("case_id", "VARCHAR"),
            ("tax_head", "VARCHAR"),
            ("balance_gbp", "DECIMAL(14,2)"),
            ("opened_on", "DATE"),
            ("stage", "VARCHAR"),
            ("last_contact_at", "TIMESTAMP"),
        ],
        feeds.debt_cases(as_of(context)),
    )


BRONZE = [
    receipts_ledger_raw,
    self_assessment_returns_raw,
    vat_returns_raw,
    paye_rti_submissions_raw,
    repayments_raw,
    debt_cases_raw,
]
