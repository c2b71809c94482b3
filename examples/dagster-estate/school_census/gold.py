"""Gold: attendance, exclusions, workforce and disadvantage statistics."""

from datetime import timedelta

from estate_platform.storage import ParquetTable, Query
from school_census.location import EDUCATION

SUPPRESS_BELOW = 5


@EDUCATION.asset(
    "gold",
    inputs=["silver/attendance_daily", "silver/schools_register"],
    description="Share of pupils missing 10% or more of sessions, by school and term.",
)
def persistent_absence_by_school(
    attendance_daily: ParquetTable, schools_register: ParquetTable
) -> Query:
    return Query(
        f"""
        with pupils as (
            select school_urn, pupil_key,
                   year(session_date) || case when month(session_date) >= 9 then '-autumn'
                       when month(session_date) >= 5 then '-summer' else '-spring' end as term,
                   sum(sessions - present) / sum(sessions) as absence_rate
            from {attendance_daily} group by all
        )
        select p.school_urn, s.school_name, p.term, count(*) as pupils,
               round(avg((p.absence_rate >= 0.1)::int), 3) as persistent_absence_share
        from pupils p left join {schools_register} s using (school_urn)
        group by all
        order by all
        """
    )


@EDUCATION.asset(
    "gold",
    inputs=["silver/attendance_daily"],
    fresh_within=timedelta(days=2),
    description=("Termly attendance statistics by phase, region and pupil characteristics."),
)
def attendance_termly_summary(attendance_daily: ParquetTable) -> Query:
    return Query(
        f"""
        select date_trunc('month', session_date)::date as month,
               sum(sessions) as sessions,
               round(sum(present) / sum(sessions), 4) as attendance_rate,
               round(sum(authorised_absence) / sum(sessions), 4) as authorised_absence_rate,
               round(sum(unauthorised_absence) / sum(sessions), 4) as unauthorised_absence_rate
        from {attendance_daily}
        group by all
        order by month
        """
    )


@EDUCATION.asset(
    "gold",
    inputs=["silver/exclusions_clean", "silver/pupils"],
    description=("Suspension and exclusion rates by free school meals, SEN and ethnicity group."),
)
def exclusion_rates_by_characteristic(
    exclusions_clean: ParquetTable, pupils: ParquetTable
) -> Query:
    return Query(
        f"""
        with register as (
            select pupil_key, bool_or(fsm_eligible) as fsm, max(sen_provision) as sen
            from {pupils} group by all
        ),
        excluded as (
            select pupil_key, count(*) as exclusions from {exclusions_clean} group by all
        )
        select case when r.fsm then 'fsm' else 'not_fsm' end as characteristic,
               count(*) as pupils, coalesce(sum(e.exclusions), 0) as exclusions,
               round(coalesce(sum(e.exclusions), 0) / count(*) * 100, 2) as rate_per_100
        from register r left join excluded e using (pupil_key)
        group by all
        union all
        select 'sen_' || r.sen, count(*), coalesce(sum(e.exclusions), 0),
               round(coalesce(sum(e.exclusions), 0) / count(*) * 100, 2)
        from register r left join excluded e using (pupil_key)
        group by all
        order by all
        """
    )


@EDUCATION.asset(
    "gold",
    inputs=["silver/workforce", "silver/pupils", "silver/schools_register"],
    description="Pupil to teacher ratios by school phase and local authority.",
)
def pupil_teacher_ratios(
    workforce: ParquetTable, pupils: ParquetTable, schools_register: ParquetTable
) -> Query:
    return Query(
        f"""
        with roll as (
            select school_urn, count(distinct pupil_key) as pupils
            from {pupils} where term_index = (select max(term_index) from {pupils})
            group by all
        ),
        teachers as (
            select school_urn, sum(fte) as teacher_fte
            from {workforce} where post <> 'assistant' and not left_profession group by all
        )
        select s.phase, s.local_authority_code, sum(r.pupils) as pupils,
               sum(t.teacher_fte) as teacher_fte,
               round(sum(r.pupils) / nullif(sum(t.teacher_fte), 0), 1) as pupil_teacher_ratio
        from {schools_register} s
        join roll r using (school_urn)
        left join teachers t using (school_urn)
        group by all
        order by all
        """
    )


@EDUCATION.asset(
    "gold",
    inputs=["silver/pupils", "silver/fsm_eligibility", "silver/pupil_home_areas"],
    description="Attainment gap between disadvantaged pupils and their peers.",
)
def disadvantage_gap_index(
    pupils: ParquetTable, fsm_eligibility: ParquetTable, pupil_home_areas: ParquetTable
) -> Query:
    # The index is the gap in mean attainment (0-100) divided by 10: 0 means no gap.
    return Query(
        f"""
        with latest as (
            select pupil_key, arg_max(attainment_score, term_index) as attainment
            from {pupils} group by all
        ),
        scored as (
            select a.local_authority_code, l.attainment, coalesce(f.eligible, false) as eligible
            from latest l
            join {pupil_home_areas} a using (pupil_key)
            left join {fsm_eligibility} f using (pupil_key)
        )
        select local_authority_code,
               count(*) filter (where eligible) as disadvantaged_pupils,
               round(greatest(0, least(10, (avg(attainment) filter (where not eligible)
                   - avg(attainment) filter (where eligible)) / 10)), 2) as gap_index
        from scored
        group by all
        order by local_authority_code
        """
    )


@EDUCATION.asset(
    "gold",
    inputs=["silver/sen_pupils"],
    description=(
        "Pupils with SEN support and EHC plans by primary need, with small numbers suppressed."
    ),
)
def sen_provision_summary(sen_pupils: ParquetTable) -> Query:
    return Query(
        f"""
        select need_group, provision,
               case when count(*) < {SUPPRESS_BELOW} then null else count(*) end as pupils,
               count(*) < {SUPPRESS_BELOW} as suppressed
        from {sen_pupils}
        group by all
        order by all
        """
    )


@EDUCATION.asset(
    "gold",
    inputs=["gold/persistent_absence_by_school", "gold/pupil_teacher_ratios"],
    owners=["team:school-performance"],
    description="Extract feeding the published school performance tables.",
)
def school_performance_tables_extract(
    persistent_absence_by_school: ParquetTable, pupil_teacher_ratios: ParquetTable
) -> Query:
    return Query(
        f"""
        select a.school_urn, a.school_name, a.term, a.persistent_absence_share,
               (select round(avg(pupil_teacher_ratio), 1) from {pupil_teacher_ratios})
                   as national_pupil_teacher_ratio
        from {persistent_absence_by_school} a
        order by all
        """
    )


@EDUCATION.asset(
    "gold",
    inputs=["gold/attendance_termly_summary"],
    owners=["dana.okafor@public-data.example.gov.uk"],
    description="Daily extract for the attendance dashboard used by regional teams.",
)
def attendance_dashboard(attendance_termly_summary: ParquetTable) -> Query:
    return Query(
        f"""
        select month, attendance_rate, unauthorised_absence_rate
        from {attendance_termly_summary}
        order by month desc
        limit 12
        """
    )


@EDUCATION.asset(
    "gold",
    inputs=["silver/pupils", "silver/schools_register"],
    owners=[],
    kinds={"python", "duckdb", "parquet"},
    profile="medium",
    description=("Forecast demand for school places five years ahead. New model, not yet run."),
)
def school_places_forecast(pupils: ParquetTable, schools_register: ParquetTable) -> Query:
    return Query(
        f"""
        with roll as (
            select s.phase, s.local_authority_code, count(distinct p.pupil_key) as pupils
            from {pupils} p join {schools_register} s using (school_urn)
            group by all
        )
        select phase, local_authority_code, horizon_years,
               round(pupils * power(1.012, horizon_years)) as forecast_pupils
        from roll cross join range(1, 6) as t(horizon_years)
        order by all
        """
    )


@EDUCATION.asset(
    "gold",
    inputs=[
        "silver/fsm_eligibility",
        "silver/pupil_home_areas",
        "claims/silver/claims_with_geography",
    ],
    description=(
        "Free school meals take-up compared with Household Support Payment claims in each"
        " local authority."
    ),
)
def fsm_uptake_by_local_authority(
    fsm_eligibility: ParquetTable,
    pupil_home_areas: ParquetTable,
    claims_with_geography: ParquetTable,
) -> Query:
    return Query(
        f"""
        with fsm as (
            select a.local_authority_code, count(*) filter (where f.eligible) as fsm_pupils,
                   count(*) as checked_pupils
            from {fsm_eligibility} f join {pupil_home_areas} a using (pupil_key)
            group by all
        ),
        claims as (
            select local_authority_code, count(*) as hsp_claims
            from {claims_with_geography} group by all
        )
        select local_authority_code, coalesce(fsm_pupils, 0) as fsm_pupils, checked_pupils,
               coalesce(hsp_claims, 0) as hsp_claims,
               round(fsm_pupils / nullif(hsp_claims, 0), 2) as fsm_pupils_per_claim
        from fsm full join claims using (local_authority_code)
        where local_authority_code is not null
        order by local_authority_code
        """
    )


@EDUCATION.asset(
    "gold",
    inputs=["silver/workforce"],
    description=("Teachers leaving the profession within five years of qualifying, by subject."),
)
def workforce_retention_summary(workforce: ParquetTable) -> Query:
    return Query(
        f"""
        select subject,
               count(*) filter (where qualified_year >= year(current_date) - 5) as early_career,
               count(*) filter (where qualified_year >= year(current_date) - 5
                                  and left_profession) as early_career_leavers
        from {workforce}
        where post <> 'assistant'
        group by all
        order by subject
        """
    )


@EDUCATION.asset(
    "gold",
    inputs=["silver/pupils", "silver/exclusions_clean", "silver/attendance_daily"],
    description=(
        "Completeness and consistency of census returns by school, sent back to local authorities."
    ),
)
def census_data_quality_report(
    pupils: ParquetTable, exclusions_clean: ParquetTable, attendance_daily: ParquetTable
) -> Query:
    # Open schools are those with pupils in any census; the latest census is the newest term
    # loaded. A school with pupils before but none in the latest census has not returned.
    return Query(
        f"""
        with latest as (select max(term_index) as term_index from {pupils}),
        schools as (
            select school_urn,
                   count(distinct pupil_key) filter (
                       where term_index = (select term_index from latest)) as pupils_latest,
                   count(distinct census_term) as censuses_returned
            from {pupils} group by all
        )
        select s.school_urn, s.pupils_latest, s.censuses_returned,
               s.pupils_latest > 0 as returned_latest_census,
               (select count(*) from {exclusions_clean} e where e.school_urn = s.school_urn)
                   as exclusions_recorded,
               s.school_urn in (select school_urn from {attendance_daily}) as sends_attendance
        from schools s
        order by s.school_urn
        """
    )


GOLD = [
    persistent_absence_by_school,
    attendance_termly_summary,
    exclusion_rates_by_characteristic,
    pupil_teacher_ratios,
    disadvantage_gap_index,
    sen_provision_summary,
    school_performance_tables_extract,
    attendance_dashboard,
    school_places_forecast,
    fsm_uptake_by_local_authority,
    workforce_retention_summary,
    census_data_quality_report,
]
