"""Bronze: data as the source sent it, loaded but not changed."""

from ${{ values.packageName }}.assets.bronze.raw_cases import raw_cases

ASSETS = [raw_cases]
