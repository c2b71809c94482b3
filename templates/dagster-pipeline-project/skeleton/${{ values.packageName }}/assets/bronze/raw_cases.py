"""Bronze: case records fetched from the source API, landed as JSON and loaded into DuckDB."""

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from dagster import (
    AssetExecutionContext,
    MaterializeResult,
    MetadataValue,
    TableColumn,
    TableSchema,
    asset,
)
from dagster_duckdb import DuckDBResource

from ...compute import compute_tags
from ...conventions import BRONZE, OWNERS
from ...partitions import BACKFILL_POLICY, PARTITIONS_DEF, batch_key, fetch_window
{%- if values.personalData %}
from ...pii import normalise_ni_number, personal_data_column, pseudonymise
{%- endif %}
from ...resources import CasesApiResource, LandingZoneResource
from ...warehouse import replace_batch, table_name
from ..keys import RAW_CASES

# The fields the source sends, kept as text exactly as received.
SOURCE_FIELDS = (
    "case_id",
    "submitted_at",
{%- if values.personalData %}
    "ni_number",
    "email",
{%- endif %}
    "postcode",
    "category",
    "amount_gbp",
)

COLUMNS = {
    "batch_key": "varchar",
    **{field: "varchar" for field in SOURCE_FIELDS},
{%- if values.personalData %}
    "person_key": "varchar",
{%- endif %}
    "ingested_at": "timestamp",
}

SCHEMA = TableSchema(
    columns=[
        TableColumn("batch_key", "varchar", description="The load this row came in."),
        TableColumn("case_id", "varchar", description="The source's case reference."),
        TableColumn("submitted_at", "varchar", description="When it was submitted (ISO 8601)."),
{%- if values.personalData %}
        personal_data_column(
            "ni_number",
            "varchar",
            "The applicant's National Insurance number, unmasked.",
            "national_insurance_number",
        ),
        personal_data_column(
            "email", "varchar", "The applicant's email address.", "contact_details"
        ),
        personal_data_column("postcode", "varchar", "The applicant's home postcode.", "location"),
{%- else %}
        TableColumn("postcode", "varchar", description="Postcode of the site concerned."),
{%- endif %}
        TableColumn("category", "varchar", description="The kind of case, as sent."),
        TableColumn("amount_gbp", "varchar", description="The amount claimed (£), as sent."),
{%- if values.personalData %}
        personal_data_column(
            "person_key",
            "varchar",
            "Pseudonym of the NI number (HMAC-SHA256), for joining records about one person.",
            "pseudonymised_identifier",
        ),
{%- endif %}
        TableColumn("ingested_at", "timestamp", description="When the row was loaded (UTC)."),
    ]
)


def to_bronze_rows(
    records: Iterable[Mapping[str, Any]], batch: str, ingested_at: datetime
) -> list[dict[str, Any]]:
    """Source records as bronze rows: every field as text, stamped with the batch and load time.
{%- if values.personalData %}

    The NI number is also pseudonymised into person_key here, at the earliest point, so that
    no later layer needs the raw identifier.
    """
{%- else %}"""{% endif %}
    rows = []
    for record in records:
        row: dict[str, Any] = {field: _as_text(record.get(field)) for field in SOURCE_FIELDS}
{%- if values.personalData %}
        ni_number = normalise_ni_number(row["ni_number"])
        row["person_key"] = pseudonymise(ni_number) if ni_number else None
{%- endif %}
        row["batch_key"] = batch
        row["ingested_at"] = ingested_at
        rows.append(row)
    return rows


def _as_text(value: Any) -> str | None:
    return None if value is None else str(value)


@asset(
    key=RAW_CASES,
    description="Case records as the source API sent them, one batch per load.",
    group_name=BRONZE,
    owners=OWNERS,
    kinds={"python", "s3", "duckdb"},
    # The source API allows one connection at a time, whatever the project's profile.
    tags=compute_tags(parallelism=1),
    partitions_def=PARTITIONS_DEF,
    backfill_policy=BACKFILL_POLICY,
    metadata={"dagster/column_schema": SCHEMA, "dagster/table_name": table_name(RAW_CASES)},
)
def raw_cases(
    context: AssetExecutionContext,
    source_api: CasesApiResource,
    landing: LandingZoneResource,
    duckdb: DuckDBResource,
) -> MaterializeResult:
    start, end = fetch_window(context)
    batch = batch_key(context)
    records = source_api.fetch_cases(start, end)
    landed_at = landing.write_json(f"cases/{batch}/{context.run.run_id}.json", records)
    # DuckDB TIMESTAMP columns hold UTC without a zone.
    ingested_at = datetime.now(UTC).replace(tzinfo=None)
    rows = to_bronze_rows(records, batch, ingested_at)
    with duckdb.get_connection() as conn:
        replace_batch(conn, table_name(RAW_CASES), COLUMNS, rows, batch)
    context.log.info("Loaded %d records submitted from %s to %s", len(rows), start, end)
    return MaterializeResult(
        metadata={
            "dagster/row_count": len(rows),
            "landed_at": MetadataValue.path(landed_at),
            "window_start": start.isoformat(),
            "window_end": end.isoformat(),
        }
    )
