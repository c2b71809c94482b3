"""Gold: business outputs, ready for reports and other teams."""

from ${{ values.packageName }}.assets.gold.cases_by_district import cases_by_district

ASSETS = [cases_by_district]
