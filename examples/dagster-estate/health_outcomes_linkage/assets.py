"""The linkage assets. They would load once the resources import is fixed."""

from estate_platform import columns as c
from estate_platform.conventions import OFFICIAL_SENSITIVE
from estate_platform.storage import ParquetTable, Query, Rows
from estate_platform.synthetic import nhs_number, people, places, rng
from health_outcomes_linkage.location import HEALTH, SPECIAL

HOSPITAL_EPISODES_RAW = [
    c.nhs_number(),
    c.date_of_birth(),
    c.postcode(),
    c.col("admission_date", "DATE"),
    c.personal("primary_diagnosis", "health", description="ICD-10 code (health data)"),
]


@HEALTH.asset(
    "bronze",
    description="Admitted patient care episodes received under the data sharing agreement.",
    columns=HOSPITAL_EPISODES_RAW,
    tags={**SPECIAL, "dpia_reference": "DPIA-2025-003"},
)
def hospital_episodes_raw() -> Rows:
    generator = rng("hospital_episodes")
    rows = [
        (nhs_number(generator), p.date_of_birth, p.postcode, None, generator.choice(["J18", "I21"]))
        for p in people()[:120]
    ]
    return Rows.of(HOSPITAL_EPISODES_RAW, rows)


GP_REGISTRATIONS_RAW = [
    c.nhs_number(),
    c.col("practice_code", "VARCHAR"),
    c.col("registered_on", "DATE"),
]


@HEALTH.asset(
    "bronze",
    description="GP practice registrations with registration and de-registration dates.",
    columns=GP_REGISTRATIONS_RAW,
    tags={"classification": OFFICIAL_SENSITIVE},
)
def gp_registrations_raw() -> Rows:
    generator = rng("gp_registrations")
    rows = [(nhs_number(generator), f"Y{generator.randrange(10**4):04d}", None) for _ in places()]
    return Rows.of(GP_REGISTRATIONS_RAW, rows)


MORTALITY_REGISTER_RAW = [
    c.nhs_number(),
    c.full_name(),
    c.date_of_birth(),
    c.col("date_of_death", "DATE"),
]


@HEALTH.asset(
    "bronze",
    description="Registered deaths with cause of death, for linkage studies only.",
    columns=MORTALITY_REGISTER_RAW,
    tags=SPECIAL,
)
def mortality_register_raw() -> Rows:
    return Rows.of(MORTALITY_REGISTER_RAW, [])


@HEALTH.asset(
    "bronze",
    description="Emergency department attendances with arrival mode and disposal.",
)
def ae_attendances_raw() -> Rows:
    return Rows([("nhs_number", "VARCHAR"), ("arrived_at", "TIMESTAMP")], [])


@HEALTH.asset(
    "silver",
    inputs=["bronze/hospital_episodes_raw", "bronze/gp_registrations_raw"],
    kinds={"python", "snowflake"},
    description="NHS numbers checked with the modulus 11 rule and traced where invalid.",
)
def nhs_number_validation(
    hospital_episodes_raw: ParquetTable, gp_registrations_raw: ParquetTable
) -> Query:
    return Query(
        f"""
        select nhs_number, count(*) as records from (
            select nhs_number from {hospital_episodes_raw}
            union all select nhs_number from {gp_registrations_raw}
        ) group by all
        """
    )


@HEALTH.asset(
    "silver",
    inputs=[
        "silver/nhs_number_validation",
        "bronze/mortality_register_raw",
        "claims/silver/claimants",
    ],
    kinds={"python", "snowflake"},
    description=(
        "Pseudonymised spine linking health records to benefit claimants for approved research."
    ),
    tags=SPECIAL,
)
def linked_patient_spine(
    nhs_number_validation: ParquetTable,
    mortality_register_raw: ParquetTable,
    claimants: ParquetTable,
) -> Query:
    return Query(f"select nhs_number from {nhs_number_validation}")


@HEALTH.asset(
    "gold",
    inputs=["silver/linked_patient_spine"],
    kinds={"dbt", "snowflake"},
    description=("Hospital admission rates for claimants and non-claimants, age-standardised."),
)
def health_outcomes_by_benefit_status(linked_patient_spine: ParquetTable) -> Query:
    return Query(f"select count(*) as people from {linked_patient_spine}")


@HEALTH.asset(
    "gold",
    inputs=["silver/linked_patient_spine"],
    kinds={"dbt", "snowflake"},
    description="Match rates and false-match estimates for each linkage run.",
)
def linkage_quality_report(linked_patient_spine: ParquetTable) -> Query:
    return Query(f"select count(*) as linked from {linked_patient_spine}")


ASSETS = [
    hospital_episodes_raw,
    gp_registrations_raw,
    mortality_register_raw,
    ae_attendances_raw,
    nhs_number_validation,
    linked_patient_spine,
    health_outcomes_by_benefit_status,
    linkage_quality_report,
]
