"""The benefit_claims code location: who owns it and the tags its assets share."""

from estate_platform.conventions import OFFICIAL_SENSITIVE
from estate_platform.location import Location

CLAIMS = Location(
    name="benefit_claims",
    prefix="claims",
    owners=["team:claims-data-team"],
    compute_profile="small",
)

DANA = "dana.okafor@public-data.example.gov.uk"

SENSITIVE = {"classification": OFFICIAL_SENSITIVE, "lawful_basis": "public_task"}
