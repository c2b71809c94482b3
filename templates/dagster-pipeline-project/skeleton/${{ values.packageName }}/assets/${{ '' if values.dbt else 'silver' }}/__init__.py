"""Silver: data cleaned, de-duplicated and validated{% if values.personalData %}, with personal data masked{% endif %}."""

from ${{ values.packageName }}.assets.silver.cases import cases

ASSETS = [cases]
