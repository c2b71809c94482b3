"""Asset checks of school_census."""

from estate_platform import checks
from school_census.bronze import pupil_census_returns_raw, sen_plans_raw
from school_census.gold import census_data_quality_report, disadvantage_gap_index
from school_census.silver import fsm_eligibility, pupils, schools_register

CHECKS = [
    checks.row_count(pupil_census_returns_raw, min_rows=50),
    *checks.not_null(pupil_census_returns_raw, ["upn", "school_urn"]),
    checks.row_count(sen_plans_raw, min_rows=1, severity=checks.WARN),
    checks.unique(
        pupils,
        ["pupil_key"],
        name="one_row_per_pupil",
        description="A pupil may appear only once per census.",
        blocking=True,
    ),
    checks.unique(schools_register, ["school_urn"], blocking=True),
    checks.no_rows_matching(
        fsm_eligibility,
        "parent_nino_hashed",
        "Parent National Insurance numbers must be hashed before this layer.",
        "not regexp_full_match(parent_nino, '[0-9a-f]{64}')",
        blocking=True,
    ),
    checks.no_rows_matching(
        disadvantage_gap_index,
        "index_between_0_and_10",
        "The gap index is defined on 0 to 10.",
        "gap_index not between 0 and 10",
    ),
    checks.no_rows_matching(
        census_data_quality_report,
        "returns_complete",
        "Every school with pupils in an earlier census should have returned the latest one.",
        "not returned_latest_census",
        severity=checks.WARN,
        sample_column="school_urn",
    ),
]
