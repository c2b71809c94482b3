"""Pupils, schools and the census, attendance and eligibility returns (all invented).

Bad deliveries: in the 2025-autumn census three schools did not send a return
(returns_complete warns), and from its second extract the eligibility checking service sends
parents' National Insurance numbers typed by hand ("qq 12 34 56 a"), which the silver
hashing rule does not recognise (blocking check parent_nino_hashed).
"""

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from estate_platform.synthetic import (
    FIRST_NAMES,
    LAST_NAMES,
    people,
    places,
    rng,
    schools,
    spaced_nino,
)

TERM_NUMBER = {"2024-autumn": 0, "2025-spring": 1, "2025-summer": 2, "2025-autumn": 3}
NOT_RETURNED_AUTUMN_2025 = 3  # schools missing from the 2025-autumn census
SEN = ["none", "none", "none", "none", "sen_support", "ehc_plan"]
NEEDS = ["speech_language", "autism", "social_emotional", "moderate_learning", "physical"]


@dataclass(frozen=True)
class Pupil:
    upn: str
    full_name: str
    date_of_birth: date
    home_postcode: str
    school_urn: str
    fsm_eligible: bool
    sen_provision: str
    attainment: int
    parent_index: int


@cache
def pupils() -> list[Pupil]:
    generator = rng("pupils")
    all_schools = [school for school in schools() if school.open]
    result = []
    for number in range(1, 241):
        school = generator.choice(all_schools)
        fsm = generator.random() < 0.25
        born = date(2010 if school.phase == "secondary" else 2015, 9, 1)
        born += timedelta(days=generator.randrange(0, 365 * 4))
        result.append(
            Pupil(
                upn=f"Z{number:012d}",
                full_name=f"{generator.choice(FIRST_NAMES)} {generator.choice(LAST_NAMES)}",
                date_of_birth=born,
                home_postcode=generator.choice(places()).postcode,
                school_urn=school.urn,
                fsm_eligible=fsm,
                sen_provision=generator.choice(SEN),
                attainment=max(0, min(100, int(generator.gauss(52 if fsm else 64, 12)))),
                parent_index=generator.randrange(len(people())),
            )
        )
    return result


def year_group(pupil: Pupil, term: str) -> str:
    """The year group in the academic year of `term` (age on 31 August)."""
    start = 2025 if term == "2025-autumn" else 2024
    age = start - pupil.date_of_birth.year - (1 if pupil.date_of_birth.month >= 9 else 0)
    return "R" if age <= 4 else f"Y{min(age - 4, 13)}"


def census_returns(term: str) -> list[tuple]:
    generator = rng("census", term)
    missing = set()
    if term == "2025-autumn":
        missing = {s.urn for s in schools() if s.open}
        missing = set(sorted(missing)[:NOT_RETURNED_AUTUMN_2025])
    rows = []
    for pupil in pupils():
        if pupil.school_urn in missing or generator.random() < 0.03:
            continue  # not on roll on census day
        rows.append(
            (
                pupil.upn,
                pupil.full_name,
                pupil.date_of_birth,
                pupil.home_postcode,
                pupil.school_urn,
                year_group(pupil, term),
                pupil.fsm_eligible,
                pupil.sen_provision,
                pupil.attainment,
            )
        )
    rows.extend(rows[:2])  # two schools submitted a correction as a second copy
    return rows


def attendance(day: date) -> list[tuple]:
    """AM and PM marks for pupils of the schools taking part; none at weekends."""
    if day.weekday() >= 5:
        return []
    generator = rng("attendance", day)
    taking_part = {s.urn for s in schools()[::3]}
    rows = []
    for pupil in pupils():
        if pupil.school_urn not in taking_part:
            continue
        for session in ("AM", "PM"):
            mark = generator.choices(["/", "I", "M", "O", "G"], [0.9, 0.04, 0.015, 0.03, 0.015])[0]
            rows.append((pupil.upn, pupil.school_urn, day, session, mark))
    return rows


def exclusions(term: str) -> list[tuple]:
    generator = rng("exclusions", term)
    reasons = ["persistent_disruption", "physical_assault", "verbal_abuse", "drug_related"]
    rows = []
    for pupil in generator.sample(pupils(), 14):
        start = date(2024 + TERM_NUMBER[term] // 3, [10, 2, 6, 10][TERM_NUMBER[term]], 1)
        start += timedelta(days=generator.randrange(0, 40))
        category = "permanent" if generator.random() < 0.1 else "suspension"
        rows.append((pupil.upn, pupil.school_urn, start, category, generator.choice(reasons)))
    return rows


def workforce() -> list[tuple]:
    generator = rng("workforce")
    subjects = ["maths", "english", "science", "computing", "languages", "primary_general"]
    rows = []
    for school in schools():
        for _ in range(generator.randint(4, 7)):
            rows.append(
                (
                    f"{generator.randrange(10**6, 10**7)}",
                    f"{generator.choice(FIRST_NAMES)} {generator.choice(LAST_NAMES)}",
                    date(1965, 1, 1) + timedelta(days=generator.randrange(0, 365 * 35)),
                    school.urn,
                    generator.choice(["teacher", "teacher", "teacher", "leader", "assistant"]),
                    round(generator.choice([1.0, 1.0, 0.8, 0.6, 0.5]), 1),
                    generator.choice(subjects),
                    generator.randint(2005, 2025),
                    generator.random() < 0.12,
                )
            )
    return rows


def eligibility_checks(edition: int, checked_on: date) -> list[tuple]:
    generator = rng("fsm_checks", edition)
    everyone = people()
    rows = []
    for pupil in pupils():
        parent = everyone[pupil.parent_index]
        nino = parent.nino
        if edition >= 2 and generator.random() < 0.3:
            nino = spaced_nino(nino)
        checked = checked_on - timedelta(days=generator.randrange(0, 30))
        rows.append((nino, parent.full_name, pupil.upn, pupil.fsm_eligible, checked))
    return rows


def sen_plans() -> list[tuple]:
    generator = rng("sen_plans")
    rows = []
    for pupil in pupils():
        if pupil.sen_provision == "none":
            continue
        start = date(2021, 9, 1) + timedelta(days=generator.randrange(0, 1300))
        rows.append((pupil.upn, generator.choice(NEEDS), start, pupil.sen_provision))
    return rows
