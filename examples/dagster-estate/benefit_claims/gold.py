"""Gold assets of benefit_claims written in Python; the other gold models are dbt."""

from datetime import timedelta

from benefit_claims.location import CLAIMS, DANA
from estate_platform import columns as c
from estate_platform.conventions import OFFICIAL, OFFICIAL_SENSITIVE
from estate_platform.storage import ParquetTable, Query

SUPPRESS_BELOW = 5  # statistical disclosure control: counts under 5 are shown as "c"


@CLAIMS.asset(
    "gold",
    inputs=[
        "gold/claims_by_local_authority",
        "gold/payment_timeliness_kpi",
        "gold/appeals_outcomes_summary",
    ],
    fresh_within=timedelta(days=3),
    description=(
        "Quarterly Household Support Payment statistics tables, prepared for publication as"
        " official statistics."
    ),
    columns=[
        c.col("table_id", "VARCHAR", "Publication table, e.g. HSP_1"),
        c.col("breakdown", "VARCHAR"),
        c.col("measure", "VARCHAR"),
        c.col("value", "VARCHAR", "The figure, or c where suppressed"),
    ],
    tags={"classification": OFFICIAL, "publication": "official-statistics"},
)
def official_statistics_release(
    claims_by_local_authority: ParquetTable,
    payment_timeliness_kpi: ParquetTable,
    appeals_outcomes_summary: ParquetTable,
) -> Query:
    return Query(
        f"""
        with figures as (
            select 'HSP_1' as table_id, local_authority_code as breakdown,
                   'new_claims' as measure, sum(new_claims)::double as value
            from {claims_by_local_authority} group by all
            union all
            select 'HSP_2', strftime(week_start, '%Y-%m-%d'), 'on_time_share',
                   round(sum(on_time) / sum(payments), 3)
            from {payment_timeliness_kpi} group by all
            union all
            select 'HSP_3', stage, 'decisions', sum(decisions)::double
            from {appeals_outcomes_summary} group by all
        )
        select table_id, breakdown, measure,
               case when measure <> 'on_time_share' and value < {SUPPRESS_BELOW} then 'c'
                    else value::varchar end as value
        from figures
        order by all
        """
    )


@CLAIMS.asset(
    "gold",
    owners=[DANA],
    inputs=["silver/fraud_referrals_clean", "silver/claimants"],
    kinds={"python", "duckdb", "parquet"},
    profile="medium",
    description=(
        "Experimental risk scores for prioritising fraud referrals. Not yet approved for use;"
        " DPIA in progress."
    ),
    columns=[
        c.nino("hashed", "nino_hash"),
        c.col("risk_score", "FLOAT"),
        c.col("model_version", "VARCHAR"),
    ],
    tags={"classification": OFFICIAL_SENSITIVE, "lawful_basis": "public_task"},
)
def fraud_risk_scores(fraud_referrals_clean: ParquetTable, claimants: ParquetTable) -> Query:
    return Query(
        f"""
        select r.nino_hash,
               round(0.2 + 0.15 * count(*) + 0.05 * coalesce(max(c.household_size), 0), 3)
                   as risk_score,
               'v0.1-draft' as model_version
        from {fraud_referrals_clean} r
        left join {claimants} c using (nino_hash)
        group by r.nino_hash
        """
    )


GOLD = [official_statistics_release, fraud_risk_scores]
