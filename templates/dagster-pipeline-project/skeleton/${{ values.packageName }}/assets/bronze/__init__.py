"""Bronze: data as the source sent it, loaded but not changed."""

from .raw_cases import raw_cases

ASSETS = [raw_cases]
