"""Asset checks of road_safety."""

from datetime import timedelta

import dagster as dg

from estate_platform import checks
from estate_platform.storage import read_table, stored_partitions
from estate_platform.synthetic import POLICE_FORCES
from road_safety.bronze import casualties_raw, collision_reports_raw, road_network_raw
from road_safety.gold import (
    casualty_rates_by_local_authority,
    collision_hotspots,
    killed_or_seriously_injured_trend,
)
from road_safety.silver import casualties_clean, collisions_clean, traffic_flows_daily

KNOWN_FORCES = ", ".join(f"'{code}'" for code in POLICE_FORCES)


@dg.asset_check(
    asset=killed_or_seriously_injured_trend,
    name="ksi_series_complete",
    description=(
        "Every day for which casualty reports arrived must be in the series; days whose"
        " collisions failed validation are missing."
    ),
    additional_deps=[casualties_raw],
)
def ksi_series_complete() -> dg.AssetCheckResult:
    trend = read_table(killed_or_seriously_injured_trend.key)
    in_series = {row[0].isoformat() for row in trend.rows("select day from {table}")}
    reported = set(stored_partitions(casualties_raw.key))
    missing = sorted(reported - in_series)
    return dg.AssetCheckResult(
        passed=not missing,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"missing_days": ", ".join(missing) or "none", "days": len(in_series)},
    )


CHECKS = [
    checks.row_count(collision_reports_raw, min_rows=5),
    checks.recent_data(collision_reports_raw, "collision_date", timedelta(days=4)),
    checks.unique(road_network_raw, ["road_link_id"], blocking=True),
    checks.no_rows_matching(
        collisions_clean,
        "collision_date_not_future",
        "No collision may be dated in the future.",
        "collision_date > current_date",
        blocking=True,
        sample_column="collision_ref",
    ),
    checks.no_rows_matching(
        collisions_clean,
        "police_force_code_valid",
        "Police force codes must exist in the reference list of forces.",
        f"police_force_code not in ({KNOWN_FORCES})",
        blocking=True,
        sample_column="police_force_code",
    ),
    *checks.not_null(collisions_clean, ["road_link_id"], severity=checks.WARN),
    checks.unique(casualties_clean, ["casualty_ref"]),
    checks.row_count(traffic_flows_daily, min_rows=30, severity=checks.WARN),
    checks.value_within(
        casualty_rates_by_local_authority,
        "rates_within_bounds",
        "Rates must lie between 0 and 5,000 per billion vehicle miles.",
        "select max(rate_per_billion_vehicle_miles) from {table}",
        minimum=0,
        maximum=5000,
    ),
    ksi_series_complete,
    checks.row_count(collision_hotspots, min_rows=5, severity=checks.WARN),
]
