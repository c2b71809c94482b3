"""The road_safety code location."""

from estate_platform.location import Location

ROAD_SAFETY = Location(
    name="road_safety",
    prefix="road_safety",
    owners=["team:transport-analysts"],
    compute_profile="small",
)

PRIYA = "priya.natarajan@public-data.example.gov.uk"
