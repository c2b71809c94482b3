"""Reference data the whole estate joins to: postcodes, local authorities, bank holidays."""

from datetime import date, timedelta

from benefit_claims.location import CLAIMS
from estate_platform import columns as c
from estate_platform.conventions import OFFICIAL
from estate_platform.storage import Rows
from estate_platform.synthetic import LOCAL_AUTHORITIES, places

POSTCODE_DIRECTORY = [
    c.col("postcode", "VARCHAR", "Postcode (a place, not a person)"),
    c.col("local_authority_code", "VARCHAR"),
    c.col("region_code", "VARCHAR"),
    c.col("imd_decile", "INTEGER"),
    c.col("latitude", "FLOAT"),
    c.col("longitude", "FLOAT"),
]


@CLAIMS.asset(
    "reference",
    owners=["team:geography-hub"],
    description=(
        "Departmental copy of the national postcode directory: postcode to local authority,"
        " region and deprivation decile. Refreshed quarterly."
    ),
    columns=POSTCODE_DIRECTORY,
    tags={"classification": OFFICIAL},
)
def postcode_directory() -> Rows:
    rows = [
        (p.postcode, p.local_authority_code, p.region_code, p.imd_decile, p.latitude, p.longitude)
        for p in places()
    ]
    return Rows.of(POSTCODE_DIRECTORY, rows)


LOCAL_AUTHORITY_LOOKUP = [
    c.col("local_authority_code", "VARCHAR", nullable=False, unique=True),
    c.col("local_authority_name", "VARCHAR"),
    c.col("region_code", "VARCHAR"),
    c.col("valid_from", "DATE"),
]


@CLAIMS.asset(
    "reference",
    description=(
        "Local authority codes, names and their region, with the date each code came into use."
    ),
    columns=LOCAL_AUTHORITY_LOOKUP,
    tags={"classification": OFFICIAL},
)
def local_authority_lookup() -> Rows:
    rows = [(la.code, la.name, la.region_code, la.valid_from) for la in LOCAL_AUTHORITIES]
    return Rows.of(LOCAL_AUTHORITY_LOOKUP, rows)


BANK_HOLIDAYS = [
    c.col("holiday_date", "DATE"),
    c.col("division", "VARCHAR"),
    c.col("title", "VARCHAR"),
]

EASTER_SUNDAY = {2025: date(2025, 4, 20), 2026: date(2026, 4, 5)}


def _first_monday(year: int, month: int) -> date:
    day = date(year, month, 1)
    return day + timedelta(days=(7 - day.weekday()) % 7)


def _last_monday(year: int, month: int) -> date:
    day = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return day - timedelta(days=day.weekday())


def holidays(year: int) -> list[tuple[date, str, str]]:
    """Bank holidays of `year` in each division (weekend substitutes left out)."""
    easter = EASTER_SUNDAY[year]
    common = [
        (date(year, 1, 1), "New Year's Day"),
        (easter - timedelta(days=2), "Good Friday"),
        (_first_monday(year, 5), "Early May bank holiday"),
        (_last_monday(year, 5), "Spring bank holiday"),
        (date(year, 12, 25), "Christmas Day"),
        (date(year, 12, 26), "Boxing Day"),
    ]
    divisions = {
        "england-and-wales": [
            (easter + timedelta(days=1), "Easter Monday"),
            (_last_monday(year, 8), "Summer bank holiday"),
        ],
        "scotland": [
            (date(year, 1, 2), "2nd January"),
            (_first_monday(year, 8), "Summer bank holiday"),
            (date(year, 11, 30), "St Andrew's Day"),
        ],
        "northern-ireland": [
            (date(year, 3, 17), "St Patrick's Day"),
            (easter + timedelta(days=1), "Easter Monday"),
            (date(year, 7, 12), "Battle of the Boyne (Orangemen's Day)"),
            (_last_monday(year, 8), "Summer bank holiday"),
        ],
    }
    return [
        (day, division, title)
        for division, extra in divisions.items()
        for day, title in sorted(common + extra)
    ]


@CLAIMS.asset(
    "reference",
    owners=[],
    description=(
        "Bank holidays for England and Wales, Scotland and Northern Ireland, used to count"
        " working days."
    ),
    columns=BANK_HOLIDAYS,
)
def bank_holidays() -> Rows:
    # Nobody has added next year's dates yet (the asset has no owner to remind).
    return Rows.of(BANK_HOLIDAYS, [row for year in (2025, 2026) for row in holidays(year)])


REFERENCE = [postcode_directory, local_authority_lookup, bank_holidays]
