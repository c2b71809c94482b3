"""Helpers for personal data: masking, pseudonymising and tagging columns.

Masking hides most of a value for display; pseudonymising replaces an identifier with a
keyed hash, so records about the same person can still be joined without revealing who
they are. Pseudonymised data is still personal data under UK GDPR.
"""

import hashlib
import hmac
import os
import re

from dagster import TableColumn

PSEUDONYMISATION_KEY_ENV = "PII_PSEUDONYMISATION_KEY"

_NI_NUMBER = re.compile(r"^[A-Z]{2}[0-9]{6}[A-D]$")
_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def _compact(value: str) -> str:
    """Upper case with all whitespace removed."""
    return "".join(value.split()).upper()


def normalise_ni_number(value: str | None) -> str | None:
    """A National Insurance number without spaces, in upper case; None when empty."""
    compact = _compact(value or "")
    return compact or None


def mask_ni_number(value: str | None) -> str | None:
    """Mask a National Insurance number, keeping the prefix and final letter: QQ******C."""
    compact = normalise_ni_number(value)
    if compact is None:
        return None
    if not _NI_NUMBER.match(compact):
        return "*" * len(compact)
    return f"{compact[:2]}{'*' * 6}{compact[-1]}"


def mask_nhs_number(value: str | None) -> str | None:
    """Mask an NHS number, keeping its last three digits: *******919."""
    digits = "".join(value.split()) if value else ""
    if not digits:
        return None
    if len(digits) != 10 or not digits.isdigit():
        return "*" * len(digits)
    return f"{'*' * 7}{digits[-3:]}"


def is_valid_nhs_number(value: str | None) -> bool:
    """Whether a value is ten digits whose last digit is the modulus 11 check digit."""
    digits = "".join(value.split()) if value else ""
    if len(digits) != 10 or not digits.isdigit():
        return False
    weights = range(10, 1, -1)
    total = sum(int(digit) * weight for digit, weight in zip(digits[:9], weights, strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def mask_email(value: str | None) -> str | None:
    """Mask an email address, keeping its first character and domain: j*******@example.com."""
    address = (value or "").strip()
    if not address:
        return None
    if not _EMAIL.match(address):
        return "*" * len(address)
    local, domain = address.split("@")
    return f"{local[0]}{'*' * (len(local) - 1)}@{domain.lower()}"


def postcode_district(value: str | None) -> str | None:
    """The district (outward code) of a UK postcode: "SW1A 1AA" gives "SW1A"; None if invalid."""
    compact = _compact(value or "")
    if not _POSTCODE.match(compact):
        return None
    return compact[:-3]


def pseudonymise(value: str, key: str | None = None) -> str:
    """A keyed HMAC-SHA256 pseudonym of `value`, as 64 hex characters.

    The key comes from the PII_PSEUDONYMISATION_KEY environment variable unless given. The
    same value and key always give the same pseudonym; without the key it cannot be reversed
    or recomputed. Normalise values first (for example with normalise_ni_number) so that
    different spellings of one identifier give one pseudonym.
    """
    secret = key if key is not None else os.environ.get(PSEUDONYMISATION_KEY_ENV, "")
    if not secret:
        raise RuntimeError(
            f"Set {PSEUDONYMISATION_KEY_ENV} to pseudonymise personal data (see .env.example)."
        )
    return hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()


def personal_data_column(name: str, type: str, description: str, category: str) -> TableColumn:
    """A table column holding personal data, tagged so catalogues and reviews can find it.

    `category` says what kind of personal data it is, such as "national_insurance_number",
    "contact_details", "location" or "pseudonymised_identifier".
    """
    return TableColumn(
        name=name,
        type=type,
        description=description,
        tags={"pii": "true", "pii_category": category},
    )
