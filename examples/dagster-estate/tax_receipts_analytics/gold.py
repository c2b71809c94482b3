"""Gold: the receipts bulletin, forecasts, the VAT gap and regional figures."""

from datetime import timedelta

from estate_platform.storage import ParquetTable, Query
from tax_receipts_analytics.location import DEBT_TEAM, MARCUS, TAX

# Monthly forecast by published head, in GBP, from the (invented) fiscal forecast.
FORECAST = {
    "income_tax": 26_000_000,
    "national_insurance": 9_000_000,
    "vat": 10_500_000,
    "corporation_tax": 3_100_000,
    "stamp_duty_land_tax": 1_500_000,
    "fuel_duty": 500_000,
}
# Share of each sector's VAT due that the compliance model expects to go unpaid.
EXPECTED_GAP = {
    "retail": 0.04,
    "construction": 0.11,
    "hospitality": 0.09,
    "manufacturing": 0.03,
    "services": 0.05,
}


def _values(mapping: dict[str, float]) -> str:
    return ", ".join(f"('{key}', {value})" for key, value in mapping.items())


@TAX.asset(
    "gold",
    inputs=["silver/receipts_ledger", "silver/vat_returns", "silver/paye_receipts"],
    fresh_within=timedelta(days=2),
    warn_after=timedelta(days=1),
    description="Monthly tax receipts by tax head, prepared for the published bulletin.",
    tags={"publication": "official-statistics"},
)
def monthly_receipts_bulletin(
    receipts_ledger: ParquetTable, vat_returns: ParquetTable, paye_receipts: ParquetTable
) -> Query:
    return Query(
        f"""
        select date_trunc('month', received_on)::date as month, published_head,
               sum(amount_gbp) as receipts_gbp, count(*) as transactions
        from {receipts_ledger} group by all
        union all
        select month, 'paye_deducted', sum(tax_deducted), count(*)
        from {paye_receipts} group by all
        union all
        select null, 'vat_declared', sum(net_vat_due), count(*)
        from {vat_returns} group by all
        order by all
        """
    )


@TAX.asset(
    "gold",
    inputs=["silver/receipts_ledger"],
    owners=[MARCUS],
    kinds={"python", "parquet"},
    description="Receipts against the fiscal forecast, by tax head and month.",
)
def receipts_forecast_variance(receipts_ledger: ParquetTable) -> Query:
    return Query(
        f"""
        with forecast(published_head, monthly_forecast_gbp) as (values {_values(FORECAST)}),
        actual as (
            select date_trunc('month', received_on)::date as month, published_head,
                   sum(amount_gbp) as receipts_gbp,
                   count(distinct received_on) as days_in
            from {receipts_ledger} group by all
        )
        select a.month, a.published_head, a.receipts_gbp,
               round(f.monthly_forecast_gbp * a.days_in / 30, 2) as forecast_to_date_gbp,
               round(a.receipts_gbp - f.monthly_forecast_gbp * a.days_in / 30, 2)
                   as variance_gbp
        from actual a left join forecast f using (published_head)
        order by all
        """
    )


@TAX.asset(
    "gold",
    inputs=["silver/vat_returns"],
    description="Estimated difference between theoretical and collected VAT.",
)
def vat_gap_estimates(vat_returns: ParquetTable) -> Query:
    return Query(
        f"""
        with expected(sector, gap_share) as (values {_values(EXPECTED_GAP)})
        select v.sector, sum(v.net_vat_due) as collected_gbp,
               round(sum(v.net_vat_due) / (1 - e.gap_share), 2) as theoretical_gbp,
               round(sum(v.net_vat_due) / (1 - e.gap_share) - sum(v.net_vat_due), 2)
                   as gap_gbp,
               e.gap_share
        from {vat_returns} v join expected e using (sector)
        group by v.sector, e.gap_share
        order by gap_gbp desc
        """
    )


@TAX.asset(
    "gold",
    inputs=["silver/debt_balances"],
    owners=[DEBT_TEAM],
    description="Debt collected against targets by recovery stage.",
)
def debt_recovery_performance(debt_balances: ParquetTable) -> Query:
    return Query(
        f"""
        select stage, count(*) as cases, sum(balance_gbp) as balance_gbp,
               sum(balance_gbp - outstanding_gbp) as collected_gbp,
               round(sum(balance_gbp - outstanding_gbp) / sum(balance_gbp), 4)
                   as collected_share,
               0.01 as target_share
        from {debt_balances}
        group by all
        order by stage
        """
    )


@TAX.asset(
    "gold",
    inputs=["silver/repayments"],
    description="Share of repayments issued within 15 working days.",
)
def repayment_timeliness(repayments: ParquetTable) -> Query:
    return Query(
        f"""
        select reason_group, count(*) as claims, count(issued_on) as issued,
               round(avg((working_days_to_issue <= 15)::int), 3) as issued_within_target
        from {repayments}
        group by all
        order by reason_group
        """
    )


@TAX.asset(
    "gold",
    inputs=["silver/taxpayer_geography", "silver/paye_receipts"],
    description="Receipts attributed to regions and nations of the UK.",
)
def regional_receipts(taxpayer_geography: ParquetTable, paye_receipts: ParquetTable) -> Query:
    # PAYE is not recorded by area: it is shared out in proportion to Self Assessment tax.
    return Query(
        f"""
        with sa as (
            select region_code, sum(tax_due) as self_assessment_gbp
            from {taxpayer_geography} where region_code is not null group by all
        ),
        paye as (select sum(tax_deducted) as paye_gbp from {paye_receipts})
        select region_code, self_assessment_gbp,
               round(paye.paye_gbp * self_assessment_gbp / sum(self_assessment_gbp) over (), 2)
                   as paye_gbp
        from sa cross join paye
        order by region_code
        """
    )


@TAX.asset(
    "gold",
    inputs=["gold/regional_receipts", "claims/silver/claims_with_geography"],
    description=("Receipts per head alongside Household Support Payment claim rates, by region."),
)
def regional_revenue_per_claimant(
    regional_receipts: ParquetTable, claims_with_geography: ParquetTable
) -> Query:
    return Query(
        f"""
        with claims as (
            select region_code, count(*) as hsp_claims
            from {claims_with_geography} group by all
        )
        select r.region_code, r.self_assessment_gbp + r.paye_gbp as receipts_gbp,
               c.hsp_claims,
               round((r.self_assessment_gbp + r.paye_gbp) / nullif(c.hsp_claims, 0), 2)
                   as receipts_per_claim_gbp
        from {regional_receipts} r left join claims c using (region_code)
        order by r.region_code
        """
    )


@TAX.asset(
    "gold",
    inputs=["gold/monthly_receipts_bulletin", "gold/receipts_forecast_variance"],
    owners=["team:treasury-liaison"],
    description=(
        "Monthly briefing tables shared with the finance ministry under the data sharing agreement."
    ),
)
def treasury_briefing_pack(
    monthly_receipts_bulletin: ParquetTable, receipts_forecast_variance: ParquetTable
) -> Query:
    return Query(
        f"""
        select b.month, b.published_head, b.receipts_gbp, v.forecast_to_date_gbp,
               v.variance_gbp
        from {monthly_receipts_bulletin} b
        left join {receipts_forecast_variance} v using (month, published_head)
        where b.month is not null
        order by all
        """
    )


@TAX.asset(
    "gold",
    inputs=["gold/vat_gap_estimates"],
    owners=[],
    description="Extract behind the internal tax gap dashboard.",
)
def tax_gap_dashboard(vat_gap_estimates: ParquetTable) -> Query:
    return Query(
        f"""
        select sector, gap_gbp, round(gap_gbp / sum(gap_gbp) over (), 3) as share_of_gap
        from {vat_gap_estimates}
        order by gap_gbp desc
        """
    )


@TAX.asset(
    "gold",
    inputs=["silver/receipts_ledger", "silver/vat_returns"],
    description="Late files, duplicates and unmapped tax heads per day.",
)
def receipts_data_quality(receipts_ledger: ParquetTable, vat_returns: ParquetTable) -> Query:
    return Query(
        f"""
        select received_on, count(*) as transactions,
               count(*) - count(distinct transaction_id) as duplicates,
               count(*) filter (where published_head = 'unmapped') as unmapped,
               (select count(*) filter (where was_amended) from {vat_returns})
                   as amended_vat_returns
        from {receipts_ledger}
        group by all
        order by received_on
        """
    )


@TAX.asset(
    "gold",
    inputs=["silver/self_assessment_returns"],
    description="On-time filing rates by income band and region.",
)
def self_assessment_filing_rates(self_assessment_returns: ParquetTable) -> Query:
    return Query(
        f"""
        select income_band, count(*) as returns,
               round(100.0 * count(*) filter (where filed_on_time) / count(*), 1)
                   as on_time_percent
        from {self_assessment_returns}
        group by all
        order by income_band
        """
    )


GOLD = [
    monthly_receipts_bulletin,
    receipts_forecast_variance,
    vat_gap_estimates,
    debt_recovery_performance,
    repayment_timeliness,
    regional_receipts,
    regional_revenue_per_claimant,
    treasury_briefing_pack,
    tax_gap_dashboard,
    receipts_data_quality,
    self_assessment_filing_rates,
]
