"""Bronze: police collision reports, traffic counters, the road network and the weather."""

from datetime import date, timedelta

import dagster as dg

from estate_platform import columns as c
from estate_platform.conventions import OFFICIAL, OFFICIAL_SENSITIVE
from estate_platform.partitions import DAILY
from estate_platform.storage import Rows
from estate_platform.synthetic import partition_day, rng
from road_safety import feeds
from road_safety.location import ROAD_SAFETY

COLLISION_REF = c.col("collision_ref", "VARCHAR", "Collision reference", nullable=False)

COLLISION_REPORTS_RAW = [
    COLLISION_REF,
    c.col("police_force_code", "VARCHAR"),
    c.col("collision_date", "DATE"),
    c.col("collision_time", "VARCHAR", "Local time, HH:MM"),
    c.col("latitude", "FLOAT"),
    c.col("longitude", "FLOAT"),
    c.col("severity", "VARCHAR"),
    c.col("road_type", "VARCHAR"),
    c.col("road_link_id", "VARCHAR", "Road link, as recorded by the officer"),
    c.col("reported_at", "TIMESTAMP"),
]


@ROAD_SAFETY.asset(
    "bronze",
    partitions_def=DAILY,
    description=(
        "Injury collisions reported by police forces through the collision reporting feed, one"
        " file per day."
    ),
    columns=COLLISION_REPORTS_RAW,
    tags={"classification": OFFICIAL},
)
def collision_reports_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows.of(COLLISION_REPORTS_RAW, feeds.collisions(partition_day(context)))


CASUALTIES_RAW = [
    c.col("casualty_ref", "VARCHAR"),
    COLLISION_REF,
    c.full_name("none", "casualty_name"),
    c.date_of_birth(),
    c.col("casualty_class", "VARCHAR"),
    c.col("severity", "VARCHAR"),
]


@ROAD_SAFETY.asset(
    "bronze",
    partitions_def=DAILY,
    description=(
        "Casualty records attached to each reported collision, as submitted by the reporting"
        " officer."
    ),
    columns=CASUALTIES_RAW,
    tags={"classification": OFFICIAL_SENSITIVE, "lawful_basis": "public_task"},
)
def casualties_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows.of(CASUALTIES_RAW, feeds.casualties(partition_day(context)))


VEHICLES_RAW = [
    c.col("vehicle_ref", "VARCHAR"),
    COLLISION_REF,
    c.col("vehicle_type", "VARCHAR"),
    c.personal("registration_mark", "vehicle_registration"),
]


@ROAD_SAFETY.asset(
    "bronze",
    partitions_def=DAILY,
    description=(
        "Vehicles involved in reported collisions, including manoeuvre and first point of impact."
    ),
    columns=VEHICLES_RAW,
    tags={"classification": OFFICIAL_SENSITIVE},
)
def vehicles_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows.of(VEHICLES_RAW, feeds.vehicles(partition_day(context)))


@ROAD_SAFETY.asset(
    "bronze",
    partitions_def=DAILY,
    description="Hourly readings from automatic traffic counters on major roads.",
)
def traffic_counts_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows(
        [("road_link_id", "VARCHAR"), ("counted_at", "TIMESTAMP"), ("vehicles", "INTEGER")],
        feeds.traffic_counts(partition_day(context)),
    )


@ROAD_SAFETY.asset(
    "bronze",
    description=(
        "Road links with classification, speed limit and geometry, from the open road network"
        " release."
    ),
)
def road_network_raw() -> Rows:
    return Rows(
        [
            ("road_link_id", "VARCHAR"),
            ("road_name", "VARCHAR"),
            ("classification", "VARCHAR"),
            ("speed_limit_mph", "INTEGER"),
            ("latitude", "DOUBLE"),
            ("longitude", "DOUBLE"),
            ("local_authority_code", "VARCHAR"),
            ("length_km", "DOUBLE"),
        ],
        feeds.road_links(),
    )


@ROAD_SAFETY.asset(
    "bronze",
    owners=[],
    description=(
        "Fixed and average-speed camera sites supplied by the safety camera partnerships."
    ),
)
def speed_camera_sites_raw() -> Rows:
    generator = rng("speed_cameras")
    rows = [
        (
            f"SC{number:03d}",
            link[0],
            generator.choice(["fixed", "average_speed", "mobile_site"]),
            date(2018, 1, 1) + timedelta(days=generator.randrange(0, 2500)),
        )
        for number, link in enumerate(generator.sample(feeds.road_links(), 10), 1)
    ]
    return Rows(
        [
            ("site_id", "VARCHAR"),
            ("road_link_id", "VARCHAR"),
            ("camera_type", "VARCHAR"),
            ("installed_on", "DATE"),
        ],
        rows,
    )


@ROAD_SAFETY.asset(
    "bronze",
    partitions_def=DAILY,
    description=(
        "Hourly weather observations (rain, visibility, temperature) from the observation"
        " network feed."
    ),
)
def weather_observations_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows(
        [
            ("station_id", "VARCHAR"),
            ("observed_at", "TIMESTAMP"),
            ("latitude", "DOUBLE"),
            ("longitude", "DOUBLE"),
            ("rain_mm", "DOUBLE"),
            ("visibility_m", "INTEGER"),
            ("temperature_c", "DOUBLE"),
        ],
        feeds.weather(partition_day(context)),
    )


BRONZE = [
    collision_reports_raw,
    casualties_raw,
    vehicles_raw,
    traffic_counts_raw,
    road_network_raw,
    speed_camera_sites_raw,
    weather_observations_raw,
]
