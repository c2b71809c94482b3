"""Silver assets of benefit_claims written in Python; the other silver models are dbt."""

import dagster as dg

from benefit_claims.location import CLAIMS
from estate_platform import columns as c
from estate_platform.conventions import OFFICIAL_SENSITIVE
from estate_platform.partitions import DAILY
from estate_platform.storage import ParquetTable, Query


@CLAIMS.asset(
    "silver",
    inputs=["bronze/payments_raw", "silver/claims_clean"],
    partitions_def=DAILY,
    description=("Payments matched to claims, with reversals netted off and bank details removed."),
    columns=[
        c.col("payment_id", "VARCHAR"),
        c.col("claim_id", "VARCHAR", "Claim reference", nullable=False),
        c.col("amount_gbp", "NUMERIC(10,2)"),
        c.col("due_date", "DATE"),
        c.col("paid_on", "DATE"),
    ],
    tags={"classification": OFFICIAL_SENSITIVE},
)
def payments_clean(
    context: dg.AssetExecutionContext, payments_raw: ParquetTable, claims_clean: ParquetTable
) -> Query:
    # A reversal carries the id of the payment it cancels: summing by that id nets the pair.
    # Reversals of payments from other days have no partner here and stay negative.
    return Query(
        f"""
        with netted as (
            select coalesce(reverses_payment_id, payment_id) as payment_id,
                   claim_id,
                   sum(amount_gbp)::decimal(10, 2) as amount_gbp,
                   min(due_date) as due_date
            from {payments_raw}
            group by all
        )
        select payment_id, claim_id, amount_gbp, due_date, date '{context.partition_key}' as paid_on
        from netted
        where amount_gbp <> 0
          and claim_id in (select claim_id from {claims_clean})
        order by payment_id
        """
    )


SILVER = [payments_clean]
