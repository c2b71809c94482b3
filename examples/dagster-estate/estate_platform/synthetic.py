"""The invented world the estate's source feeds describe, and deterministic helpers.

Everything here is made up: the local authorities, postcodes, people, schools and police
forces do not exist. National Insurance numbers use the QQ prefix, which is never issued;
NHS numbers use the 999 range reserved for testing. The same inputs always give the same
rows, so a partition re-run reproduces its data exactly.
"""

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache

import dagster as dg

from estate_platform.conventions import AS_OF_TAG


def rng(*parts: object) -> random.Random:
    """A random generator seeded by `parts` (string seeds are stable across processes)."""
    return random.Random(":".join(str(part) for part in parts))


def today() -> date:
    return datetime.now(UTC).date()


def as_of(context: dg.AssetExecutionContext) -> date:
    """The day a run processes: its `estate/as-of` tag, else today."""
    tag = context.run.tags.get(AS_OF_TAG)
    return date.fromisoformat(tag) if tag else today()


def partition_day(context: dg.AssetExecutionContext) -> date:
    return date.fromisoformat(context.partition_key)


def days_ago(day: date) -> int:
    return (today() - day).days


def edition(context: dg.AssetExecutionContext) -> int:
    """Which delivery of an unpartitioned extract this is: 1 for the first materialisation,
    then one more for each earlier materialisation the instance has recorded."""
    previous = context.instance.fetch_materializations(context.asset_key, limit=100)
    return len(previous.records) + 1


def at(day: date, seconds: int) -> datetime:
    return datetime(day.year, day.month, day.day) + timedelta(seconds=seconds)


def spread(day: date, generator: random.Random) -> datetime:
    """A time during the working day of `day`."""
    return at(day, generator.randrange(7 * 3600, 19 * 3600))


@dataclass(frozen=True)
class LocalAuthority:
    code: str
    name: str
    region_code: str
    valid_from: date
    area: str  # the (invented) postcode area letters


LOCAL_AUTHORITIES = [
    LocalAuthority("E99000001", "Aldermoor", "R1", date(2009, 4, 1), "XA"),
    LocalAuthority("E99000002", "Brackenholt", "R1", date(2009, 4, 1), "XB"),
    LocalAuthority("E99000003", "Corriston", "R2", date(2012, 4, 1), "XC"),
    LocalAuthority("E99000004", "Dunmere", "R2", date(2009, 4, 1), "XD"),
    LocalAuthority("E99000005", "Fenwold", "R2", date(2019, 4, 1), "XF"),
    LocalAuthority("E99000006", "Glenharrow", "R3", date(2009, 4, 1), "XG"),
    LocalAuthority("E99000007", "Hollinsby", "R3", date(2015, 4, 1), "XH"),
    LocalAuthority("E99000008", "Kestrel Bay", "R4", date(2009, 4, 1), "XK"),
    LocalAuthority("E99000009", "Marrowdale", "R4", date(2021, 4, 1), "XM"),
]


@dataclass(frozen=True)
class Place:
    postcode: str
    local_authority_code: str
    region_code: str
    imd_decile: int
    latitude: float
    longitude: float

    @property
    def sector(self) -> str:
        """The postcode sector: outward code and the first digit of the inward code."""
        return self.postcode[:-2]


@cache
def places() -> list[Place]:
    generator = rng("places")
    result = []
    for index, authority in enumerate(LOCAL_AUTHORITIES):
        for district in (1, 2):
            for _ in range(4):
                inward = (
                    f"{generator.randint(1, 9)}{generator.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                    f"{generator.choice('ABDEFGHJLNPQRSTUWXYZ')}"
                )
                result.append(
                    Place(
                        postcode=f"{authority.area}{district} {inward}",
                        local_authority_code=authority.code,
                        region_code=authority.region_code,
                        imd_decile=generator.randint(1, 10),
                        latitude=round(53.0 - index * 0.21 + generator.random() * 0.1, 5),
                        longitude=round(-2.4 + (index % 3) * 0.35 + generator.random() * 0.1, 5),
                    )
                )
    return result


FIRST_NAMES = [
    "Alys",
    "Bran",
    "Cerys",
    "Dafydd",
    "Elin",
    "Fenn",
    "Gethin",
    "Hana",
    "Idris",
    "Jory",
    "Kea",
    "Lowen",
    "Merryn",
    "Nye",
    "Orla",
    "Peran",
    "Rhosyn",
    "Senara",
    "Tegen",
    "Wenna",
    "Aled",
    "Briony",
    "Caden",
    "Delyth",
    "Eira",
    "Fychan",
    "Gwen",
    "Hywel",
]
LAST_NAMES = [
    "Ashdown",
    "Brierley",
    "Calloway",
    "Dimmock",
    "Elsworth",
    "Fairbairn",
    "Garside",
    "Holroyd",
    "Ibbotson",
    "Jagger",
    "Kettlewell",
    "Lumb",
    "Micklethwaite",
    "Naylor",
    "Ormerod",
    "Pickersgill",
    "Rushworth",
    "Sutcliffe",
    "Thwaite",
    "Uttley",
    "Varley",
    "Whiteley",
    "Yeadon",
]


@dataclass(frozen=True)
class Person:
    person_id: str
    full_name: str
    date_of_birth: date
    nino: str
    postcode: str
    household_size: int


@cache
def people(count: int = 320) -> list[Person]:
    generator = rng("people")
    all_places = places()
    result = []
    for number in range(1, count + 1):
        born = date(1950, 1, 1) + timedelta(days=generator.randrange(0, 365 * 52))
        result.append(
            Person(
                person_id=f"P{number:05d}",
                full_name=f"{generator.choice(FIRST_NAMES)} {generator.choice(LAST_NAMES)}",
                date_of_birth=born,
                nino=f"QQ{generator.randrange(10**6):06d}{'ABCD'[number % 4]}",
                postcode=generator.choice(all_places).postcode,
                household_size=generator.choice((1, 1, 2, 2, 3, 4, 5)),
            )
        )
    return result


def spaced_nino(nino: str) -> str:
    """How a National Insurance number looks when typed by hand: "qq 12 34 56 a"."""
    return f"{nino[:2]} {nino[2:4]} {nino[4:6]} {nino[6:8]} {nino[8]}".lower()


def nhs_number(generator: random.Random) -> str:
    """A ten-digit number in the 999 test range with a valid modulus 11 check digit."""
    while True:
        digits = [9, 9, 9] + [generator.randint(0, 9) for _ in range(6)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            return "".join(map(str, digits)) + str(check)


# Police forces sending collision reports (invented codes and names).
POLICE_FORCES = {
    "01": "Northern Fells Constabulary",
    "02": "Middle Vale Police",
    "03": "Southern Downs Police",
    "04": "Western Shore Constabulary",
    "05": "Estuary Police",
}


@dataclass(frozen=True)
class School:
    urn: str
    name: str
    phase: str
    local_authority_code: str
    latitude: float
    longitude: float
    open: bool


@cache
def schools() -> list[School]:
    generator = rng("schools")
    result = []
    for index, authority in enumerate(LOCAL_AUTHORITIES):
        for number, phase in enumerate(("primary", "primary", "secondary"), start=1):
            place = generator.choice(
                [p for p in places() if p.local_authority_code == authority.code]
            )
            kind = "Primary School" if phase == "primary" else "Academy"
            result.append(
                School(
                    urn=f"9{index:02d}{number:03d}",
                    name=f"{authority.name} {('North', 'South', 'Park')[number - 1]} {kind}",
                    phase=phase,
                    local_authority_code=authority.code,
                    latitude=place.latitude,
                    longitude=place.longitude,
                    open=not (index == 4 and number == 2),
                )
            )
    return result
