"""Gold: business outputs, ready for reports and other teams."""

from .cases_by_district import cases_by_district

ASSETS = [cases_by_district]
