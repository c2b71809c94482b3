"""Column schemas, with the tags that mark personal data.

A column holding personal data carries three tags the portal's governance views read:

* ``pii: "true"``;
* ``pii_category``: what it is (``national_insurance_number``, ``postcode``, ``name``...);
* ``masking``: how it is protected in this table: ``hashed``, ``truncated`` or ``none``.

``masking: none`` is a finding, not an error: bronze tables hold what the source sent, and a
few silver tables in the estate still carry identifiers in clear.
"""

from collections.abc import Sequence
from typing import Literal

import dagster as dg

Masking = Literal["hashed", "truncated", "none"]


def col(
    name: str,
    type: str,
    description: str | None = None,
    *,
    nullable: bool | None = None,
    unique: bool | None = None,
    tags: dict[str, str] | None = None,
) -> dg.TableColumn:
    """A column of an asset's table."""
    constraints = None
    if nullable is not None or unique is not None:
        constraints = dg.TableColumnConstraints(
            nullable=True if nullable is None else nullable,
            unique=bool(unique),
        )
    return dg.TableColumn(
        name=name,
        type=type,
        description=description,
        constraints=constraints,
        tags=tags or {},
    )


def personal_tags(category: str, masking: Masking) -> dict[str, str]:
    """The tags of a column holding personal data."""
    return {"pii": "true", "pii_category": category, "masking": masking}


def nino(masking: Literal["hashed", "none"] = "none", name: str = "national_insurance_number"):
    description = (
        "SHA-256 of the National Insurance number"
        if masking == "hashed"
        else "National Insurance number"
    )
    return col(
        name, "VARCHAR", description, tags=personal_tags("national_insurance_number", masking)
    )


def nhs_number(masking: Literal["hashed", "none"] = "none", name: str = "nhs_number"):
    return col(name, "VARCHAR", "NHS number", tags=personal_tags("nhs_number", masking))


def postcode(masking: Literal["truncated", "none"] = "none", name: str = "postcode"):
    description = "Postcode sector only" if masking == "truncated" else "Full postcode"
    return col(name, "VARCHAR", description, tags=personal_tags("postcode", masking))


def full_name(masking: Literal["hashed", "none"] = "none", name: str = "full_name"):
    description = "SHA-256 of the full name" if masking == "hashed" else "Full name"
    return col(name, "VARCHAR", description, tags=personal_tags("name", masking))


def date_of_birth(masking: Literal["truncated", "none"] = "none", name: str = "date_of_birth"):
    if masking == "truncated":
        return col(
            name, "VARCHAR", "Month and year of birth", tags=personal_tags("date_of_birth", masking)
        )
    return col(name, "DATE", "Date of birth", tags=personal_tags("date_of_birth", masking))


def personal(
    name: str,
    category: str,
    masking: Masking = "none",
    type: str = "VARCHAR",
    description: str | None = None,
) -> dg.TableColumn:
    """Any other column holding personal data."""
    return col(name, type, description, tags=personal_tags(category, masking))


def schema(columns: Sequence[dg.TableColumn]) -> dg.TableSchema:
    return dg.TableSchema(columns=list(columns))


def personal_columns(table: dg.TableSchema) -> list[dg.TableColumn]:
    """The columns of `table` tagged as personal data."""
    return [column for column in table.columns if column.tags.get("pii") == "true"]
