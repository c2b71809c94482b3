"""Silver: the pseudonymised pupil register and what hangs off it."""

import dagster as dg

from estate_platform import columns as c
from estate_platform.partitions import DAILY, TERMS
from estate_platform.pii import pseudonym_sql
from estate_platform.storage import ParquetTable, Query
from school_census.bronze import URN
from school_census.feeds import TERM_NUMBER
from school_census.location import EDUCATION, SENSITIVE


@EDUCATION.asset(
    "silver",
    inputs=["bronze/pupil_census_returns_raw"],
    partitions_def=TERMS,
    description=(
        "Pseudonymised pupil register: a stable pupil key, month of birth and postcode sector only."
    ),
    columns=[
        c.col("pupil_key", "VARCHAR", unique=True),
        c.date_of_birth("truncated", "birth_month"),
        c.postcode("truncated", "postcode_sector"),
        URN,
        c.col("year_group", "VARCHAR"),
        c.col("fsm_eligible", "BOOLEAN"),
    ],
    lineage={"pupil_key": [("bronze/pupil_census_returns_raw", "upn")]},
    tags={**SENSITIVE, "retention_period": "P25Y"},
)
def pupils(context: dg.AssetExecutionContext, pupil_census_returns_raw: ParquetTable) -> Query:
    term = context.partition_key
    return Query(
        f"""
        select distinct
               {pseudonym_sql("upn")} as pupil_key,
               strftime(date_of_birth, '%Y-%m') as birth_month,
               left(home_postcode, length(home_postcode) - 2) as postcode_sector,
               school_urn, year_group, fsm_eligible, sen_provision, attainment_score,
               '{term}' as census_term, {TERM_NUMBER[term]} as term_index
        from {pupil_census_returns_raw}
        order by pupil_key
        """
    )


@EDUCATION.asset(
    "silver",
    inputs=["bronze/schools_register_raw"],
    description=(
        "Clean list of schools with location and phase; shared with other departments’ pipelines."
    ),
    columns=[
        URN,
        c.col("school_name", "VARCHAR"),
        c.col("phase", "VARCHAR"),
        c.col("local_authority_code", "VARCHAR"),
        c.col("latitude", "FLOAT"),
        c.col("longitude", "FLOAT"),
    ],
)
def schools_register(schools_register_raw: ParquetTable) -> Query:
    return Query(
        f"""
        select school_urn, trim(school_name) as school_name, lower(phase) as phase,
               local_authority_code, latitude, longitude, status = 'open' as is_open
        from {schools_register_raw}
        order by school_urn
        """
    )


@EDUCATION.asset(
    "silver",
    inputs=["bronze/attendance_sessions_raw", "silver/pupils"],
    partitions_def=DAILY,
    description=("Daily attendance per pupil with authorised and unauthorised absence split."),
)
def attendance_daily(attendance_sessions_raw: ParquetTable, pupils: ParquetTable) -> Query:
    return Query(
        f"""
        select {pseudonym_sql("a.upn")} as pupil_key, a.school_urn, a.session_date,
               count(*) as sessions,
               count(*) filter (where a.mark = '/') as present,
               count(*) filter (where a.mark in ('I', 'M')) as authorised_absence,
               count(*) filter (where a.mark in ('O', 'G')) as unauthorised_absence
        from {attendance_sessions_raw} a
        where {pseudonym_sql("a.upn")} in (select pupil_key from {pupils})
        group by all
        order by all
        """
    )


@EDUCATION.asset(
    "silver",
    inputs=["bronze/exclusions_raw", "silver/pupils"],
    description="Suspensions and exclusions keyed on the pseudonymous pupil key.",
)
def exclusions_clean(exclusions_raw: ParquetTable, pupils: ParquetTable) -> Query:
    return Query(
        f"""
        select {pseudonym_sql("e.upn")} as pupil_key, e.school_urn, e.start_date, e.category,
               e.reason
        from {exclusions_raw} e
        where {pseudonym_sql("e.upn")} in (select pupil_key from {pupils})
        order by all
        """
    )


@EDUCATION.asset(
    "silver",
    inputs=["bronze/workforce_census_raw"],
    description=(
        "Teachers in post with full-time equivalent and subject; names and dates of birth removed."
    ),
)
def workforce(workforce_census_raw: ParquetTable) -> Query:
    return Query(
        f"""
        select {pseudonym_sql("teacher_reference_number")} as teacher_key, school_urn, post,
               fte, subject, qualified_year, left_profession
        from {workforce_census_raw}
        order by teacher_key
        """
    )


@EDUCATION.asset(
    "silver",
    inputs=["bronze/free_school_meals_eligibility_raw", "silver/pupils"],
    description="Free school meals eligibility per pupil key.",
    columns=[
        c.col("pupil_key", "VARCHAR"),
        c.nino("none", "parent_nino"),
        c.col("eligible", "BOOLEAN"),
    ],
    tags=SENSITIVE,
)
def fsm_eligibility(free_school_meals_eligibility_raw: ParquetTable, pupils: ParquetTable) -> Query:
    # The hashing rule only recognises the compact form of a National Insurance number;
    # anything else passes through as it came. parent_nino_hashed catches it.
    return Query(
        f"""
        select {pseudonym_sql("f.upn")} as pupil_key,
               case when regexp_full_match(f.parent_nino, '[A-Z]{{2}}[0-9]{{6}}[A-D]')
                    then {pseudonym_sql("f.parent_nino")}
                    else f.parent_nino end as parent_nino,
               f.eligible, f.checked_at
        from {free_school_meals_eligibility_raw} f
        where {pseudonym_sql("f.upn")} in (select pupil_key from {pupils})
        order by pupil_key
        """
    )


@EDUCATION.asset(
    "silver",
    inputs=["bronze/sen_plans_raw", "silver/pupils"],
    description="Pupils with SEN support or an EHC plan, with primary need grouped.",
    tags={"classification": "OFFICIAL-SENSITIVE", "special_category": "health"},
)
def sen_pupils(sen_plans_raw: ParquetTable, pupils: ParquetTable) -> Query:
    return Query(
        f"""
        select {pseudonym_sql("s.upn")} as pupil_key, s.provision,
               case when s.primary_need in ('speech_language', 'autism')
                    then 'communication_and_interaction'
                    when s.primary_need = 'social_emotional' then 'social_emotional_mental_health'
                    when s.primary_need = 'moderate_learning' then 'cognition_and_learning'
                    else 'sensory_physical' end as need_group,
               s.plan_start
        from {sen_plans_raw} s
        where {pseudonym_sql("s.upn")} in (select pupil_key from {pupils})
        order by pupil_key
        """
    )


@EDUCATION.asset(
    "silver",
    inputs=["silver/pupils", "claims/reference/postcode_directory"],
    description=(
        "Pupil keys with the local authority and deprivation decile of their home postcode sector."
    ),
)
def pupil_home_areas(pupils: ParquetTable, postcode_directory: ParquetTable) -> Query:
    return Query(
        f"""
        with sectors as (
            select left(postcode, length(postcode) - 2) as postcode_sector,
                   mode(local_authority_code) as local_authority_code,
                   round(avg(imd_decile))::integer as imd_decile
            from {postcode_directory} group by all
        ),
        latest as (
            select pupil_key, arg_max(postcode_sector, term_index) as postcode_sector
            from {pupils} group by all
        )
        select l.pupil_key, s.local_authority_code, s.imd_decile
        from latest l left join sectors s using (postcode_sector)
        order by l.pupil_key
        """
    )


SILVER = [
    pupils,
    schools_register,
    attendance_daily,
    exclusions_clean,
    workforce,
    fsm_eligibility,
    sen_pupils,
    pupil_home_areas,
]
