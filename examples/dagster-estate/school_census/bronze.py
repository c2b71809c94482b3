"""Bronze: census, attendance, exclusions, workforce, eligibility and SEN returns."""

import dagster as dg

from estate_platform import columns as c
from estate_platform.conventions import OFFICIAL, OFFICIAL_SENSITIVE
from estate_platform.partitions import DAILY, TERMS
from estate_platform.storage import Rows
from estate_platform.synthetic import as_of, edition, partition_day, schools
from school_census import feeds
from school_census.location import EDUCATION, SENSITIVE

UPN = c.personal("upn", "unique_pupil_number", description="Unique pupil number")
URN = c.col("school_urn", "VARCHAR", "School unique reference number")

PUPIL_CENSUS_RETURNS_RAW = [
    UPN,
    c.full_name(),
    c.date_of_birth(),
    c.postcode("none", "home_postcode"),
    URN,
    c.col("year_group", "VARCHAR"),
    c.col("fsm_eligible", "BOOLEAN"),
    c.col("sen_provision", "VARCHAR"),
    c.col("attainment_score", "INTEGER", "Teacher-assessed attainment, 0 to 100"),
]


@EDUCATION.asset(
    "bronze",
    partitions_def=TERMS,
    description=(
        "Termly census returns submitted by schools: one row per pupil on roll on census day."
    ),
    columns=PUPIL_CENSUS_RETURNS_RAW,
    tags={**SENSITIVE, "retention_period": "P25Y", "dpia_reference": "DPIA-2023-044"},
)
def pupil_census_returns_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows.of(PUPIL_CENSUS_RETURNS_RAW, feeds.census_returns(context.partition_key))


SCHOOLS_REGISTER_RAW = [
    URN,
    c.col("school_name", "VARCHAR"),
    c.col("phase", "VARCHAR"),
    c.col("local_authority_code", "VARCHAR"),
    c.col("latitude", "FLOAT"),
    c.col("longitude", "FLOAT"),
    c.col("status", "VARCHAR"),
]


@EDUCATION.asset(
    "bronze",
    description=("Open and recently closed establishments with phase, type and local authority."),
    columns=SCHOOLS_REGISTER_RAW,
    tags={"classification": OFFICIAL},
)
def schools_register_raw() -> Rows:
    rows = [
        (
            s.urn,
            s.name,
            s.phase,
            s.local_authority_code,
            s.latitude,
            s.longitude,
            "open" if s.open else "closed",
        )
        for s in schools()
    ]
    return Rows.of(SCHOOLS_REGISTER_RAW, rows)


ATTENDANCE_SESSIONS_RAW = [
    UPN,
    URN,
    c.col("session_date", "DATE"),
    c.col("session", "VARCHAR", "AM or PM"),
    c.col("mark", "VARCHAR", "Attendance code: / present, I M authorised, O G unauthorised"),
]


@EDUCATION.asset(
    "bronze",
    partitions_def=DAILY,
    description=("Morning and afternoon attendance marks sent daily by participating schools."),
    columns=ATTENDANCE_SESSIONS_RAW,
    tags={"classification": OFFICIAL_SENSITIVE},
)
def attendance_sessions_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows.of(ATTENDANCE_SESSIONS_RAW, feeds.attendance(partition_day(context)))


EXCLUSIONS_RAW = [
    UPN,
    URN,
    c.col("start_date", "DATE"),
    c.col("category", "VARCHAR"),
    c.col("reason", "VARCHAR"),
]


@EDUCATION.asset(
    "bronze",
    partitions_def=TERMS,
    description="Suspensions and permanent exclusions with reason and length.",
    columns=EXCLUSIONS_RAW,
    tags=SENSITIVE,
)
def exclusions_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows.of(EXCLUSIONS_RAW, feeds.exclusions(context.partition_key))


WORKFORCE_CENSUS_RAW = [
    c.personal("teacher_reference_number", "teacher_reference_number"),
    c.full_name(),
    c.date_of_birth(),
    URN,
    c.col("post", "VARCHAR"),
    c.col("fte", "FLOAT"),
    c.col("subject", "VARCHAR"),
    c.col("qualified_year", "INTEGER"),
    c.col("left_profession", "BOOLEAN"),
]


@EDUCATION.asset(
    "bronze",
    description="Annual school workforce census: teachers and support staff in post.",
    columns=WORKFORCE_CENSUS_RAW,
    tags={**SENSITIVE, "retention_period": "P10Y"},
)
def workforce_census_raw() -> Rows:
    return Rows.of(WORKFORCE_CENSUS_RAW, feeds.workforce())


FSM_ELIGIBILITY_RAW = [
    c.nino("none", "parent_nino"),
    c.full_name("none", "parent_name"),
    UPN,
    c.col("eligible", "BOOLEAN"),
    c.col("checked_at", "DATE"),
]


@EDUCATION.asset(
    "bronze",
    description=(
        "Results of eligibility checks made by local authorities through the eligibility"
        " checking service."
    ),
    columns=FSM_ELIGIBILITY_RAW,
    tags={"classification": OFFICIAL_SENSITIVE, "lawful_basis": "legal_obligation"},
)
def free_school_meals_eligibility_raw(context: dg.AssetExecutionContext) -> Rows:
    rows = feeds.eligibility_checks(edition(context), as_of(context))
    return Rows.of(FSM_ELIGIBILITY_RAW, rows)


SEN_PLANS_RAW = [
    UPN,
    c.personal("primary_need", "health", description="Primary need (health data)"),
    c.col("plan_start", "DATE"),
    c.col("provision", "VARCHAR"),
]


@EDUCATION.asset(
    "bronze",
    description=(
        "Education, health and care plans, including primary need. Contains special category"
        " health data."
    ),
    columns=SEN_PLANS_RAW,
    tags={**SENSITIVE, "special_category": "health"},
)
def sen_plans_raw() -> Rows:
    return Rows.of(SEN_PLANS_RAW, feeds.sen_plans())


BRONZE = [
    pupil_census_returns_raw,
    schools_register_raw,
    attendance_sessions_raw,
    exclusions_raw,
    workforce_census_raw,
    free_school_meals_eligibility_raw,
    sen_plans_raw,
]
