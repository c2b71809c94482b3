"""Pseudonymising personal data, the same way in Python, in DuckDB SQL and in dbt.

A pseudonym is the SHA-256 of a secret key followed by the normalised value (upper case,
no spaces), so the same person gets the same pseudonym in every table and location, and
nobody without the key can recompute it. The dbt projects' ``pseudonym`` macro is the same
expression. Pseudonymised data is still personal data under UK GDPR.
"""

import hashlib
import os
import re

KEY_ENV = "PII_PSEUDONYMISATION_KEY"
DEMO_KEY = "dagster-estate-demo"  # the demo's key; a real deployment sets the variable


def key() -> str:
    return os.environ.get(KEY_ENV, DEMO_KEY)


def normalise(value: str) -> str:
    return "".join(value.split()).upper()


def pseudonymise(value: str | None) -> str | None:
    if value is None:
        return None
    return hashlib.sha256((key() + normalise(value)).encode()).hexdigest()


def pseudonym_sql(expression: str) -> str:
    """DuckDB SQL giving the pseudonym of `expression` (NULL stays NULL)."""
    secret = key().replace("'", "''")
    return f"sha256('{secret}' || upper(replace({expression}, ' ', '')))"


def is_pseudonym(value: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-f]{64}", value))
