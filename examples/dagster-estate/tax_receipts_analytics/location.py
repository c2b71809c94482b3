"""The tax_receipts_analytics code location."""

from estate_platform.location import Location

TAX = Location(
    name="tax_receipts_analytics",
    prefix="tax",
    owners=["team:finance-analytics"],
    compute_profile="medium",
)

MARCUS = "marcus.bell@public-data.example.gov.uk"
DEBT_TEAM = "team:debt-management"
