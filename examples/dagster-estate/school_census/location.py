"""The school_census code location."""

from estate_platform.conventions import OFFICIAL_SENSITIVE
from estate_platform.location import Location

EDUCATION = Location(
    name="school_census",
    prefix="education",
    owners=["team:education-data"],
    compute_profile="small",
)

SENSITIVE = {"classification": OFFICIAL_SENSITIVE, "lawful_basis": "public_task"}
