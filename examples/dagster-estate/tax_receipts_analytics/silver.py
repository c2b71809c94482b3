"""Silver: the netted ledger, pseudonymised returns and receipts by sector and area."""

from estate_platform import columns as c
from estate_platform.conventions import OFFICIAL_SENSITIVE
from estate_platform.partitions import DAILY
from estate_platform.pii import pseudonym_sql
from estate_platform.storage import ParquetTable, Query
from tax_receipts_analytics.location import DEBT_TEAM, TAX

# RevenueCore tax heads and the classification the bulletin publishes them under.
PUBLISHED_HEADS = {
    "ITSA": "income_tax",
    "PAYE": "income_tax",
    "NICS": "national_insurance",
    "VAT": "vat",
    "CT": "corporation_tax",
    "SDLT": "stamp_duty_land_tax",
    "FUEL": "fuel_duty",
}
HEAD_MAPPING = " ".join(f"when '{head}' then '{name}'" for head, name in PUBLISHED_HEADS.items())


@TAX.asset(
    "silver",
    inputs=["bronze/receipts_ledger_raw"],
    partitions_def=DAILY,
    description=(
        "Ledger receipts with reversals netted and tax heads mapped to the published"
        " classification."
    ),
    columns=[
        c.col("transaction_id", "VARCHAR", unique=True),
        c.col("tax_head", "VARCHAR"),
        c.col("published_head", "VARCHAR"),
        c.col("amount_gbp", "NUMERIC(14,2)"),
        c.col("received_on", "DATE"),
        c.col("channel", "VARCHAR"),
    ],
)
def receipts_ledger(receipts_ledger_raw: ParquetTable) -> Query:
    # A reversal and its original net to zero and both disappear; everything else is kept
    # as it came, repeated rows included.
    return Query(
        f"""
        with raw as (select * from {receipts_ledger_raw}),
        reversed as (
            select reverses_transaction_id as transaction_id from raw
            where reverses_transaction_id is not null
        )
        select transaction_id, tax_head,
               case tax_head {HEAD_MAPPING} else 'unmapped' end as published_head,
               amount_gbp, received_on, channel
        from raw
        where reverses_transaction_id is null
          and transaction_id not in (select transaction_id from reversed)
        order by transaction_id
        """
    )


@TAX.asset(
    "silver",
    inputs=["bronze/self_assessment_returns_raw"],
    description="Self Assessment returns with identifiers hashed and income banded.",
    columns=[
        c.personal("utr_hash", "unique_taxpayer_reference", "hashed"),
        c.postcode("truncated", "postcode_sector"),
        c.col("income_band", "VARCHAR"),
        c.col("tax_due", "NUMERIC(14,2)"),
        c.col("filed_on_time", "BOOLEAN"),
    ],
    tags={"classification": OFFICIAL_SENSITIVE},
)
def self_assessment_returns(self_assessment_returns_raw: ParquetTable) -> Query:
    return Query(
        f"""
        select {pseudonym_sql("utr")} as utr_hash,
               left(postcode, length(postcode) - 2) as postcode_sector,
               case when total_income < 50270 then 'basic'
                    when total_income < 125140 then 'higher' else 'additional' end
                   as income_band,
               tax_due, filed_on <= due_on as filed_on_time
        from {self_assessment_returns_raw}
        order by utr_hash
        """
    )


@TAX.asset(
    "silver",
    inputs=["bronze/vat_returns_raw"],
    description="VAT returns with nil returns and amendments resolved.",
)
def vat_returns(vat_returns_raw: ParquetTable) -> Query:
    return Query(
        f"""
        select vat_registration_number, period_key, sector,
               arg_max(net_vat_due, amended::int) as net_vat_due,
               bool_or(amended) as was_amended,
               bool_and(nil_return) as nil_return
        from {vat_returns_raw}
        group by all
        order by all
        """
    )


@TAX.asset(
    "silver",
    inputs=["bronze/paye_rti_submissions_raw"],
    partitions_def=DAILY,
    description="PAYE tax deducted by month and sector; employee identifiers removed.",
)
def paye_receipts(paye_rti_submissions_raw: ParquetTable) -> Query:
    return Query(
        f"""
        select pay_date, date_trunc('month', pay_date)::date as month, sector,
               count(distinct national_insurance_number) as employees,
               sum(taxable_pay) as taxable_pay, sum(tax_deducted) as tax_deducted
        from {paye_rti_submissions_raw}
        group by all
        order by all
        """
    )


@TAX.asset(
    "silver",
    inputs=["bronze/repayments_raw"],
    description="Repayments with processing times and reason groups.",
)
def repayments(repayments_raw: ParquetTable) -> Query:
    return Query(
        f"""
        select repayment_id, tax_head, amount_gbp, claimed_on, issued_on,
               case when reason = 'vat_credit' then 'business' else 'individual' end
                   as reason_group,
               datediff('day', claimed_on, issued_on)
                   - 2 * datediff('week', claimed_on, issued_on) as working_days_to_issue
        from {repayments_raw}
        order by repayment_id
        """
    )


@TAX.asset(
    "silver",
    inputs=["bronze/debt_cases_raw", "silver/receipts_ledger"],
    owners=[DEBT_TEAM],
    description="Outstanding debt by age band after matching receipts to cases.",
)
def debt_balances(debt_cases_raw: ParquetTable, receipts_ledger: ParquetTable) -> Query:
    # Debt receipts are not itemised per case in the ledger: 1% of each head's receipts is
    # allocated to its cases in proportion to their balance.
    return Query(
        f"""
        with cases as (
            select *, sum(balance_gbp) over (partition by tax_head) as head_balance
            from {debt_cases_raw}
        ),
        recovered as (
            select tax_head, sum(amount_gbp) * 0.01 as recovered_gbp
            from {receipts_ledger} group by all
        )
        select c.case_id, c.tax_head, c.stage,
               case when current_date - c.opened_on < 90 then 'under_3_months'
                    when current_date - c.opened_on < 365 then '3_to_12_months'
                    else 'over_12_months' end as age_band,
               c.balance_gbp,
               round(c.balance_gbp - coalesce(r.recovered_gbp, 0) * c.balance_gbp
                   / c.head_balance, 2) as outstanding_gbp
        from cases c left join recovered r using (tax_head)
        order by c.case_id
        """
    )


@TAX.asset(
    "silver",
    inputs=["silver/self_assessment_returns", "claims/reference/postcode_directory"],
    description=(
        "Self Assessment taxpayers by local authority and region, from the postcode sector."
    ),
)
def taxpayer_geography(
    self_assessment_returns: ParquetTable, postcode_directory: ParquetTable
) -> Query:
    return Query(
        f"""
        with sectors as (
            select left(postcode, length(postcode) - 2) as postcode_sector,
                   mode(local_authority_code) as local_authority_code,
                   mode(region_code) as region_code
            from {postcode_directory} group by all
        )
        select s.local_authority_code, s.region_code, r.income_band,
               count(*) as taxpayers, sum(r.tax_due) as tax_due,
               count(*) filter (where r.filed_on_time) as filed_on_time
        from {self_assessment_returns} r left join sectors s using (postcode_sector)
        group by all
        order by all
        """
    )


SILVER = [
    receipts_ledger,
    self_assessment_returns,
    vat_returns,
    paye_receipts,
    repayments,
    debt_balances,
    taxpayer_geography,
]
