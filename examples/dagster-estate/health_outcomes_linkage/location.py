"""The health_outcomes_linkage code location."""

from estate_platform.conventions import OFFICIAL_SENSITIVE
from estate_platform.location import Location

HEALTH = Location(
    name="health_outcomes_linkage",
    prefix="health",
    owners=["team:health-analytics"],
    compute_profile="large",
)

SPECIAL = {"classification": OFFICIAL_SENSITIVE, "special_category": "health"}
