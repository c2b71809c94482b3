"""Gold: cases and amounts per day, postcode district and category."""

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from dagster import AssetExecutionContext, MaterializeResult, TableColumn, TableSchema, asset
from dagster_duckdb import DuckDBResource

from ...compute import compute_tags
from ...conventions import GOLD, OWNERS
from ...freshness import GOLD_FRESHNESS_POLICY
from ...partitions import BACKFILL_POLICY, PARTITIONS_DEF, batch_key
from ...warehouse import read_batch, replace_batch, table_name
from ..keys import CASES, CASES_BY_DISTRICT

UNKNOWN_DISTRICT = "UNKNOWN"

COLUMNS = {
    "batch_key": "varchar",
    "case_date": "date",
    "postcode_district": "varchar",
    "category": "varchar",
    "case_count": "integer",
    "total_amount_gbp": "decimal(14, 2)",
{%- if values.personalData %}
    "distinct_people": "integer",
{%- endif %}
}

SCHEMA = TableSchema(
    columns=[
        TableColumn("batch_key", "varchar", description="The load the cases came in."),
        TableColumn("case_date", "date", description="The day the cases were submitted (UTC)."),
        TableColumn(
            "postcode_district", "varchar", description=f"District, or {UNKNOWN_DISTRICT}."
        ),
        TableColumn("category", "varchar", description="The kind of case."),
        TableColumn("case_count", "integer", description="How many cases."),
        TableColumn("total_amount_gbp", "decimal(14, 2)", description="Their total amount (£)."),
{%- if values.personalData %}
        TableColumn(
            "distinct_people", "integer", description="How many different people made them."
        ),
{%- endif %}
    ]
)


def summarise_cases(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Count and total silver cases per batch, day, postcode district and category."""
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
{%- if values.personalData %}
    people: dict[tuple[Any, ...], set[str]] = {}
{%- endif %}
    for row in rows:
        district = row["postcode_district"] or UNKNOWN_DISTRICT
        key = (row["batch_key"], row["case_date"], district, row["category"])
        group = groups.setdefault(
            key,
            {
                "batch_key": row["batch_key"],
                "case_date": row["case_date"],
                "postcode_district": district,
                "category": row["category"],
                "case_count": 0,
                "total_amount_gbp": Decimal("0.00"),
            },
        )
        group["case_count"] += 1
        group["total_amount_gbp"] += row["amount_gbp"]
{%- if values.personalData %}
        if row["person_key"]:
            people.setdefault(key, set()).add(row["person_key"])
    for key, group in groups.items():
        group["distinct_people"] = len(people.get(key, ()))
{%- endif %}
    return [groups[key] for key in sorted(groups, key=str)]


@asset(
    key=CASES_BY_DISTRICT,
    deps=[CASES],
    description="Cases and amounts per day, postcode district and category.",
    group_name=GOLD,
    owners=OWNERS,
    kinds={"python", "duckdb"},
    tags=compute_tags(),
    partitions_def=PARTITIONS_DEF,
    backfill_policy=BACKFILL_POLICY,
    freshness_policy=GOLD_FRESHNESS_POLICY,
    metadata={
        "dagster/column_schema": SCHEMA,
        "dagster/table_name": table_name(CASES_BY_DISTRICT),
    },
)
def cases_by_district(context: AssetExecutionContext, duckdb: DuckDBResource) -> MaterializeResult:
    batch = batch_key(context)
    with duckdb.get_connection() as conn:
        rows = summarise_cases(read_batch(conn, table_name(CASES), batch))
        replace_batch(conn, table_name(CASES_BY_DISTRICT), COLUMNS, rows, batch)
    return MaterializeResult(
        metadata={
            "dagster/row_count": len(rows),
            "case_count": sum(row["case_count"] for row in rows),
        }
    )
