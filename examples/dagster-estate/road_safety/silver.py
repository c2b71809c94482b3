"""Silver: validated collisions and casualties, flows per road link, weather per collision."""

import dagster as dg

from estate_platform import columns as c
from estate_platform.partitions import DAILY
from estate_platform.pii import pseudonym_sql
from estate_platform.storage import ParquetTable, Query
from road_safety.bronze import COLLISION_REF
from road_safety.location import ROAD_SAFETY


@ROAD_SAFETY.asset(
    "silver",
    inputs=["bronze/collision_reports_raw"],
    partitions_def=DAILY,
    automation_condition=dg.AutomationCondition.eager(),
    description="Validated collisions with corrected coordinates and standard severity codes.",
    columns=[
        COLLISION_REF,
        c.col("police_force_code", "VARCHAR"),
        c.col("collision_date", "DATE"),
        c.col("severity", "VARCHAR"),
        c.col("road_link_id", "VARCHAR"),
    ],
)
def collisions_clean(collision_reports_raw: ParquetTable) -> Query:
    # Britain lies north of 49 degrees: a "latitude" below that was typed in the wrong box.
    return Query(
        f"""
        select collision_ref, police_force_code, collision_date, collision_time,
               case when latitude < 49 then longitude else latitude end as latitude,
               case when latitude < 49 then latitude else longitude end as longitude,
               case severity when 'fatal' then 1 when 'serious' then 2 else 3 end
                   as severity_code,
               lower(severity) as severity, road_link_id, reported_at
        from {collision_reports_raw}
        order by collision_ref
        """
    )


@ROAD_SAFETY.asset(
    "silver",
    inputs=["bronze/casualties_raw", "silver/collisions_clean"],
    partitions_def=DAILY,
    description="Casualties with names removed and age reduced to a band.",
    columns=[
        c.col("casualty_ref", "VARCHAR"),
        COLLISION_REF,
        c.col("age_band", "VARCHAR"),
        c.col("casualty_class", "VARCHAR"),
        c.col("severity", "VARCHAR"),
    ],
    lineage={"age_band": [("bronze/casualties_raw", "date_of_birth")]},
)
def casualties_clean(casualties_raw: ParquetTable, collisions_clean: ParquetTable) -> Query:
    return Query(
        f"""
        with aged as (
            select r.*, k.collision_date, k.road_link_id,
                   date_diff('year', r.date_of_birth, k.collision_date) as age
            from {casualties_raw} r
            join {collisions_clean} k using (collision_ref)
        )
        select casualty_ref, collision_ref, collision_date, road_link_id,
               case when age < 16 then '0-15' when age < 25 then '16-24'
                    when age < 60 then '25-59' else '60+' end as age_band,
               casualty_class, severity
        from aged
        order by casualty_ref
        """
    )


@ROAD_SAFETY.asset(
    "silver",
    inputs=["bronze/vehicles_raw", "silver/collisions_clean"],
    description="Vehicles with registration marks hashed and vehicle types grouped.",
    columns=[
        c.col("vehicle_ref", "VARCHAR"),
        COLLISION_REF,
        c.col("vehicle_group", "VARCHAR"),
        c.personal("registration_hash", "vehicle_registration", "hashed"),
    ],
)
def vehicles_clean(vehicles_raw: ParquetTable, collisions_clean: ParquetTable) -> Query:
    return Query(
        f"""
        select v.vehicle_ref, v.collision_ref,
               case when v.vehicle_type in ('pedal_cycle', 'e_scooter') then 'micromobility'
                    when v.vehicle_type in ('goods_vehicle', 'bus') then 'heavy'
                    else v.vehicle_type end as vehicle_group,
               {pseudonym_sql("v.registration_mark")} as registration_hash
        from {vehicles_raw} v
        where v.collision_ref in (select collision_ref from {collisions_clean})
        order by v.vehicle_ref
        """
    )


@ROAD_SAFETY.asset(
    "silver",
    inputs=[
        "silver/collisions_clean",
        "bronze/road_network_raw",
        "claims/reference/local_authority_lookup",
    ],
    automation_condition=dg.AutomationCondition.eager(),
    description="Collisions snapped to the road network and assigned to a local authority.",
)
def collisions_geocoded(
    collisions_clean: ParquetTable,
    road_network_raw: ParquetTable,
    local_authority_lookup: ParquetTable,
) -> Query:
    # Reports without a road link are snapped to the nearest link's midpoint.
    return Query(
        f"""
        with snapped as (
            select k.collision_ref,
                   coalesce(any_value(k.road_link_id), arg_min(l.road_link_id,
                       (l.latitude - k.latitude) ^ 2 + (l.longitude - k.longitude) ^ 2))
                       as road_link_id,
                   any_value(k.road_link_id) is null as snapped
            from {collisions_clean} k cross join {road_network_raw} l
            group by k.collision_ref
        )
        select k.collision_ref, k.collision_date, k.collision_time, k.severity,
               k.latitude, k.longitude, s.road_link_id, s.snapped, l.classification,
               l.local_authority_code, a.local_authority_name, a.region_code
        from {collisions_clean} k
        join snapped s using (collision_ref)
        join {road_network_raw} l on l.road_link_id = s.road_link_id
        left join {local_authority_lookup} a using (local_authority_code)
        order by k.collision_ref
        """
    )


@ROAD_SAFETY.asset(
    "silver",
    inputs=["bronze/traffic_counts_raw", "bronze/road_network_raw"],
    partitions_def=DAILY,
    description="Daily vehicle flows per road link, gaps filled from neighbouring counters.",
)
def traffic_flows_daily(
    context: dg.AssetExecutionContext,
    traffic_counts_raw: ParquetTable,
    road_network_raw: ParquetTable,
) -> Query:
    # Each reading covers two hours. Links without a counter take the mean flow of
    # counted links of the same class.
    return Query(
        f"""
        with counted as (
            select road_link_id, sum(vehicles) as vehicles
            from {traffic_counts_raw} group by all
        ),
        links as (
            select l.road_link_id, l.local_authority_code, l.classification, l.length_km,
                   c.vehicles
            from {road_network_raw} l left join counted c using (road_link_id)
        )
        select date '{context.partition_key}' as flow_date, road_link_id, local_authority_code,
               length_km,
               coalesce(vehicles, avg(vehicles) over (partition by classification))::bigint
                   as vehicles,
               vehicles is null as estimated
        from links
        order by road_link_id
        """
    )


@ROAD_SAFETY.asset(
    "silver",
    inputs=["silver/collisions_clean", "bronze/weather_observations_raw"],
    description="Each collision with the nearest hourly weather observation.",
)
def collision_weather(
    collisions_clean: ParquetTable, weather_observations_raw: ParquetTable
) -> Query:
    return Query(
        f"""
        with collisions as (
            select *, collision_date + collision_time::time as happened_at
            from {collisions_clean}
        ),
        stations as (
            select distinct station_id, latitude, longitude from {weather_observations_raw}
        ),
        nearest as (
            select k.collision_ref,
                   arg_min(s.station_id, (s.latitude - k.latitude) ^ 2
                       + (s.longitude - k.longitude) ^ 2) as station_id
            from collisions k cross join stations s
            group by all
        )
        select k.collision_ref, k.collision_date, k.severity, n.station_id,
               arg_min(w.rain_mm, abs(date_diff('minute', w.observed_at, k.happened_at)))
                   as rain_mm,
               arg_min(w.visibility_m, abs(date_diff('minute', w.observed_at, k.happened_at)))
                   as visibility_m,
               arg_min(w.temperature_c, abs(date_diff('minute', w.observed_at, k.happened_at)))
                   as temperature_c
        from collisions k
        join nearest n using (collision_ref)
        join {weather_observations_raw} w
          on w.station_id = n.station_id and w.observed_at::date = k.collision_date
        group by all
        order by k.collision_ref
        """
    )


@ROAD_SAFETY.asset(
    "silver",
    inputs=["bronze/speed_camera_sites_raw"],
    owners=[],
    description="Camera sites with installation dates and the road links they cover.",
)
def speed_camera_sites(speed_camera_sites_raw: ParquetTable) -> Query:
    return Query(
        f"""
        select site_id, road_link_id, camera_type, installed_on,
               date_diff('year', installed_on, current_date) as years_in_service
        from {speed_camera_sites_raw}
        order by site_id
        """
    )


SILVER = [
    collisions_clean,
    casualties_clean,
    vehicles_clean,
    collisions_geocoded,
    traffic_flows_daily,
    collision_weather,
    speed_camera_sites,
]
