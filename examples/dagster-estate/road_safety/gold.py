"""Gold: casualty rates, trends, hotspots and the published statistics."""

from datetime import timedelta

from estate_platform import columns as c
from estate_platform.conventions import OFFICIAL_SENSITIVE
from estate_platform.storage import ParquetTable, Query
from road_safety.location import PRIYA, ROAD_SAFETY

KM_TO_MILES = 0.621371


@ROAD_SAFETY.asset(
    "gold",
    inputs=["silver/casualties_clean", "silver/collisions_geocoded", "silver/traffic_flows_daily"],
    description="Casualties per billion vehicle miles for each local authority and year.",
    columns=[
        c.col("local_authority_code", "VARCHAR"),
        c.col("year", "INTEGER"),
        c.col("casualties", "INTEGER"),
        c.col("vehicle_miles", "DOUBLE"),
        c.col("rate_per_billion_vehicle_miles", "DOUBLE"),
    ],
)
def casualty_rates_by_local_authority(
    casualties_clean: ParquetTable,
    collisions_geocoded: ParquetTable,
    traffic_flows_daily: ParquetTable,
) -> Query:
    return Query(
        f"""
        with miles as (
            select local_authority_code, year(flow_date) as year,
                   sum(vehicles * length_km * {KM_TO_MILES}) as vehicle_miles
            from {traffic_flows_daily}
            group by all
        ),
        hurt as (
            select g.local_authority_code, year(g.collision_date) as year, count(*) as casualties
            from {casualties_clean} k join {collisions_geocoded} g using (collision_ref)
            group by all
        )
        select local_authority_code, year, coalesce(casualties, 0) as casualties, vehicle_miles,
               round(coalesce(casualties, 0) / (vehicle_miles / 1e9), 1)
                   as rate_per_billion_vehicle_miles
        from miles left join hurt using (local_authority_code, year)
        order by all
        """
    )


@ROAD_SAFETY.asset(
    "gold",
    inputs=["silver/casualties_clean"],
    description=(
        "Rolling 12-month count of people killed or seriously injured, adjusted for reporting"
        " changes."
    ),
    columns=[
        c.col("day", "DATE"),
        c.col("ksi", "INTEGER", "Killed or seriously injured that day"),
        c.col("ksi_adjusted", "DOUBLE", "Adjusted to the injury-based reporting system"),
        c.col("rolling_ksi", "DOUBLE", "Adjusted KSI over the 365 days up to the day"),
    ],
)
def killed_or_seriously_injured_trend(casualties_clean: ParquetTable) -> Query:
    # Forces that moved to injury-based reporting record more injuries as serious; the
    # adjustment scales the others to match.
    return Query(
        f"""
        with daily as (
            select collision_date as day, count(*) filter (where severity <> 'slight') as ksi
            from {casualties_clean} group by all
        )
        select day, ksi, round(ksi * 1.08, 2) as ksi_adjusted,
               round(sum(ksi * 1.08) over (order by day range between interval 364 days preceding
                   and current row), 2) as rolling_ksi
        from daily order by day
        """
    )


@ROAD_SAFETY.asset(
    "gold",
    inputs=["silver/collisions_geocoded"],
    description="Road links with the most injury collisions over the last three years.",
)
def collision_hotspots(collisions_geocoded: ParquetTable) -> Query:
    return Query(
        f"""
        select road_link_id, local_authority_code, classification, count(*) as collisions,
               count(*) filter (where severity <> 'slight') as serious_or_fatal,
               rank() over (order by count(*) desc, road_link_id) as rank
        from {collisions_geocoded}
        where collision_date >= current_date - interval 3 years
        group by road_link_id, local_authority_code, classification
        qualify rank <= 10
        order by rank
        """
    )


@ROAD_SAFETY.asset(
    "gold",
    inputs=["silver/speed_camera_sites", "silver/collisions_geocoded"],
    description="Collisions near camera sites before and after installation.",
)
def speed_camera_effectiveness(
    speed_camera_sites: ParquetTable, collisions_geocoded: ParquetTable
) -> Query:
    return Query(
        f"""
        select s.site_id, s.camera_type, s.installed_on,
               count(g.collision_ref) filter (where g.collision_date < s.installed_on) as before,
               count(g.collision_ref) filter (where g.collision_date >= s.installed_on) as after
        from {speed_camera_sites} s
        left join {collisions_geocoded} g using (road_link_id)
        group by all
        order by s.site_id
        """
    )


@ROAD_SAFETY.asset(
    "gold",
    inputs=[
        "silver/casualties_clean",
        "silver/collisions_geocoded",
        "education/silver/schools_register",
    ],
    description="Child casualties within 1 km of a school during school journey hours.",
    tags={"classification": OFFICIAL_SENSITIVE},
)
def school_journey_casualties(
    casualties_clean: ParquetTable,
    collisions_geocoded: ParquetTable,
    schools_register: ParquetTable,
) -> Query:
    # 1 km is about 0.009 degrees of latitude and 0.015 of longitude at these latitudes.
    return Query(
        f"""
        select s.school_urn, s.school_name, count(distinct k.casualty_ref) as child_casualties
        from {casualties_clean} k
        join {collisions_geocoded} g using (collision_ref)
        join {schools_register} s
          on abs(s.latitude - g.latitude) < 0.009 and abs(s.longitude - g.longitude) < 0.015
        where k.age_band = '0-15'
          and (g.collision_time between '07:30' and '09:30'
               or g.collision_time between '14:30' and '16:30')
        group by all
        order by child_casualties desc, s.school_urn
        """
    )


@ROAD_SAFETY.asset(
    "gold",
    inputs=["gold/killed_or_seriously_injured_trend", "gold/casualty_rates_by_local_authority"],
    kinds={"python", "parquet"},
    fresh_within=timedelta(days=7),
    description="Annual reported road casualties tables, prepared for publication.",
    tags={"publication": "official-statistics"},
)
def road_safety_statistics_annual(
    killed_or_seriously_injured_trend: ParquetTable,
    casualty_rates_by_local_authority: ParquetTable,
) -> Query:
    return Query(
        f"""
        select 'RAS_1' as table_id, year(day)::varchar as breakdown, 'ksi_adjusted' as measure,
               round(sum(ksi_adjusted), 1) as value
        from {killed_or_seriously_injured_trend} group by all
        union all
        select 'RAS_2', local_authority_code, 'rate_per_billion_vehicle_miles',
               rate_per_billion_vehicle_miles
        from {casualty_rates_by_local_authority}
        order by all
        """
    )


@ROAD_SAFETY.asset(
    "gold",
    inputs=["silver/vehicles_clean", "silver/collisions_clean"],
    description="Collisions by vehicle group, including pedal cycles and e-scooters.",
)
def vehicle_involvement_summary(
    vehicles_clean: ParquetTable, collisions_clean: ParquetTable
) -> Query:
    return Query(
        f"""
        select v.vehicle_group, count(distinct v.collision_ref) as collisions,
               count(distinct v.collision_ref) filter (where k.severity <> 'slight')
                   as serious_or_fatal
        from {vehicles_clean} v join {collisions_clean} k using (collision_ref)
        group by all
        order by collisions desc
        """
    )


@ROAD_SAFETY.asset(
    "gold",
    inputs=["silver/collision_weather"],
    description="Share of collisions in rain, fog or ice, by month.",
)
def weather_related_collisions(collision_weather: ParquetTable) -> Query:
    return Query(
        f"""
        select date_trunc('month', collision_date)::date as month, count(*) as collisions,
               round(avg((rain_mm > 0.5)::int), 3) as share_in_rain,
               round(avg((visibility_m < 200)::int), 3) as share_in_fog,
               round(avg((temperature_c <= 0)::int), 3) as share_in_ice
        from {collision_weather}
        group by all
        order by month
        """
    )


@ROAD_SAFETY.asset(
    "gold",
    inputs=["silver/casualties_clean"],
    owners=["team:transport-economics"],
    description="Value of prevention estimates applied to casualties by severity.",
)
def casualty_cost_estimates(casualties_clean: ParquetTable) -> Query:
    return Query(
        f"""
        with values_gbp(severity, value_of_prevention_gbp) as (
            values ('fatal', 2350000), ('serious', 265000), ('slight', 20500)
        )
        select k.severity, count(*) as casualties, v.value_of_prevention_gbp,
               count(*) * v.value_of_prevention_gbp as total_value_gbp
        from {casualties_clean} k join values_gbp v using (severity)
        group by k.severity, v.value_of_prevention_gbp
        order by total_value_gbp desc
        """
    )


@ROAD_SAFETY.asset(
    "gold",
    inputs=["gold/collision_hotspots", "gold/killed_or_seriously_injured_trend"],
    owners=[PRIYA],
    description="Extract behind the internal road safety dashboard.",
)
def road_safety_dashboard(
    collision_hotspots: ParquetTable, killed_or_seriously_injured_trend: ParquetTable
) -> Query:
    return Query(
        f"""
        select 'hotspot' as tile, road_link_id as label, collisions::double as value
        from {collision_hotspots} where rank <= 5
        union all
        select 'rolling_ksi', strftime(day, '%Y-%m-%d'), rolling_ksi
        from {killed_or_seriously_injured_trend}
        where day = (select max(day) from {killed_or_seriously_injured_trend})
        """
    )


@ROAD_SAFETY.asset(
    "gold",
    inputs=["silver/casualties_clean", "silver/traffic_flows_daily"],
    description="Cyclist casualties per route with cycle flow estimates.",
)
def cycling_casualties_by_route(
    casualties_clean: ParquetTable, traffic_flows_daily: ParquetTable
) -> Query:
    # Cycle flows are estimated as 2% of motor traffic until cycle counters are installed.
    return Query(
        f"""
        with routes as (
            select road_link_id, sum(vehicles) * 0.02 as cycle_flow_estimate
            from {traffic_flows_daily} group by all
        )
        select r.road_link_id, r.cycle_flow_estimate,
               count(k.casualty_ref) filter (where k.casualty_class = 'cyclist')
                   as cyclist_casualties
        from routes r
        left join {casualties_clean} k using (road_link_id)
        group by all
        order by r.road_link_id
        """
    )


@ROAD_SAFETY.asset(
    "gold",
    inputs=["silver/collisions_clean"],
    owners=[],
    description="Late, missing and amended collision reports by police force.",
)
def police_force_data_quality(collisions_clean: ParquetTable) -> Query:
    return Query(
        f"""
        select police_force_code, count(*) as reports,
               count(*) filter (where reported_at > collision_date + interval 1 day) as late,
               count(*) filter (where road_link_id is null) as not_located
        from {collisions_clean}
        group by all
        order by police_force_code
        """
    )


GOLD = [
    casualty_rates_by_local_authority,
    killed_or_seriously_injured_trend,
    collision_hotspots,
    speed_camera_effectiveness,
    school_journey_casualties,
    road_safety_statistics_annual,
    vehicle_involvement_summary,
    weather_related_collisions,
    casualty_cost_estimates,
    road_safety_dashboard,
    cycling_casualties_by_route,
    police_force_data_quality,
]
