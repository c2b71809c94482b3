"""Silver: one valid row per case, typed and tidied{% if values.personalData %}, with personal data masked{% endif %}."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from dagster import AssetExecutionContext, MaterializeResult, TableColumn, TableSchema, asset
from dagster_duckdb import DuckDBResource

from ...compute import compute_tags
from ...conventions import OWNERS, SILVER
from ...partitions import BACKFILL_POLICY, PARTITIONS_DEF, batch_key
{%- if values.personalData %}
from ...pii import (
    mask_email,
    mask_ni_number,
    personal_data_column,
    postcode_district,
)
{%- else %}
from ...pii import postcode_district
{%- endif %}
from ...warehouse import read_batch, replace_batch, table_name
from ..keys import CASES, RAW_CASES

CATEGORIES = ("application", "renewal", "complaint")
OTHER_CATEGORY = "other"

COLUMNS = {
    "batch_key": "varchar",
    "case_id": "varchar",
    "submitted_at": "timestamp",
    "case_date": "date",
    "postcode_district": "varchar",
    "category": "varchar",
    "amount_gbp": "decimal(12, 2)",
{%- if values.personalData %}
    "person_key": "varchar",
    "ni_number_masked": "varchar",
    "email_masked": "varchar",
{%- endif %}
}

SCHEMA = TableSchema(
    columns=[
        TableColumn("batch_key", "varchar", description="The load this row came in."),
        TableColumn("case_id", "varchar", description="The source's case reference; unique."),
        TableColumn("submitted_at", "timestamp", description="When the case was submitted (UTC)."),
        TableColumn("case_date", "date", description="The day the case was submitted (UTC)."),
        TableColumn(
            "postcode_district",
            "varchar",
            description="Postcode district (outward code), or empty if the postcode was invalid.",
        ),
        TableColumn("category", "varchar", description=f"One of {', '.join(CATEGORIES)} or other."),
        TableColumn("amount_gbp", "decimal(12, 2)", description="The amount claimed, in pounds."),
{%- if values.personalData %}
        personal_data_column(
            "person_key",
            "varchar",
            "Pseudonym of the NI number, for joining records about one person.",
            "pseudonymised_identifier",
        ),
        personal_data_column(
            "ni_number_masked",
            "varchar",
            "The NI number with all but its prefix and final letter hidden.",
            "national_insurance_number",
        ),
        personal_data_column(
            "email_masked",
            "varchar",
            "The email address with all but its first character and domain hidden.",
            "contact_details",
        ),
{%- endif %}
    ]
)


@dataclass
class CleanedCases:
    rows: list[dict[str, Any]]
    rejected: int
    duplicates: int


def clean_cases(raw_rows: Iterable[Mapping[str, Any]]) -> CleanedCases:
    """Validate, type and de-duplicate bronze rows.

    A row is rejected when it has no case id, an unreadable submission time, or an amount
    that is missing, unreadable or negative. When a case arrives more than once, the most
    recently loaded copy wins.
    """
    latest: dict[str, dict[str, Any]] = {}
    rejected = duplicates = 0
    for raw in sorted(raw_rows, key=lambda row: row["ingested_at"]):
        case_id = (raw.get("case_id") or "").strip()
        submitted_at = parse_timestamp(raw.get("submitted_at"))
        amount = parse_amount(raw.get("amount_gbp"))
        if not case_id or submitted_at is None or amount is None or amount < 0:
            rejected += 1
            continue
        if case_id in latest:
            duplicates += 1
        latest[case_id] = {
            "batch_key": raw["batch_key"],
            "case_id": case_id,
            "submitted_at": submitted_at,
            "case_date": submitted_at.date(),
            "postcode_district": postcode_district(raw.get("postcode")),
            "category": normalise_category(raw.get("category")),
            "amount_gbp": amount,
{%- if values.personalData %}
            "person_key": raw.get("person_key"),
            "ni_number_masked": mask_ni_number(raw.get("ni_number")),
            "email_masked": mask_email(raw.get("email")),
{%- endif %}
        }
    rows = sorted(latest.values(), key=lambda row: row["case_id"])
    return CleanedCases(rows=rows, rejected=rejected, duplicates=duplicates)


def parse_timestamp(value: str | None) -> datetime | None:
    """An ISO 8601 time as naive UTC; times without an offset are taken to be UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def parse_amount(value: str | None) -> Decimal | None:
    """An amount in pounds, to the penny; None if it is not a number."""
    try:
        amount = Decimal((value or "").strip().replace(",", "").lstrip("£"))
    except InvalidOperation:
        return None
    return amount.quantize(Decimal("0.01")) if amount.is_finite() else None


def normalise_category(value: str | None) -> str:
    category = (value or "").strip().lower()
    return category if category in CATEGORIES else OTHER_CATEGORY


@asset(
    key=CASES,
    deps=[RAW_CASES],
    description="One valid row per case, typed and tidied{% if values.personalData %}, personal data masked{% endif %}.",
    group_name=SILVER,
    owners=OWNERS,
    kinds={"python", "duckdb"},
    tags=compute_tags(),
    partitions_def=PARTITIONS_DEF,
    backfill_policy=BACKFILL_POLICY,
    metadata={"dagster/column_schema": SCHEMA, "dagster/table_name": table_name(CASES)},
)
def cases(context: AssetExecutionContext, duckdb: DuckDBResource) -> MaterializeResult:
    batch = batch_key(context)
    with duckdb.get_connection() as conn:
        result = clean_cases(read_batch(conn, table_name(RAW_CASES), batch))
        replace_batch(conn, table_name(CASES), COLUMNS, result.rows, batch)
    if result.rejected:
        context.log.warning("Rejected %d invalid records in batch %s", result.rejected, batch)
    return MaterializeResult(
        metadata={
            "dagster/row_count": len(result.rows),
            "rejected_rows": result.rejected,
            "duplicate_rows": result.duplicates,
        }
    )
