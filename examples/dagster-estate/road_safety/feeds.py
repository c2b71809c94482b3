"""The invented road network and the daily police, counter and weather feeds.

Bad days: on the last two days force 98, which is not in the reference list, sent reports
through the shared feed (blocking check police_force_code_valid). Some officers also swap
latitude and longitude, which silver corrects.
"""

from datetime import date, datetime, timedelta
from functools import cache

from estate_platform.synthetic import (
    FIRST_NAMES,
    LAST_NAMES,
    LOCAL_AUTHORITIES,
    POLICE_FORCES,
    days_ago,
    places,
    rng,
)

ROAD_CLASSES = {"motorway": 70, "a_road": 60, "b_road": 40, "unclassified": 30}


@cache
def road_links() -> list[tuple]:
    """(road_link_id, road_name, classification, speed_limit, latitude, longitude, la, km)."""
    generator = rng("road_network")
    links = []
    for authority in LOCAL_AUTHORITIES:
        area = [p for p in places() if p.local_authority_code == authority.code]
        for number in range(1, 5):
            place = generator.choice(area)
            # Every authority has at least one trunk road.
            road_class = "a_road" if number == 1 else generator.choice(list(ROAD_CLASSES))
            name = {"motorway": "M", "a_road": "A", "b_road": "B"}.get(road_class, "U")
            links.append(
                (
                    f"RL-{authority.area}-{number:02d}",
                    f"{name}{generator.randint(10, 999)}",
                    road_class,
                    ROAD_CLASSES[road_class],
                    place.latitude,
                    place.longitude,
                    authority.code,
                    round(generator.uniform(4, 18), 2),
                )
            )
    return links


def counters() -> list[str]:
    """Links with an automatic traffic counter: every other one."""
    return [link[0] for link in road_links()[::2]]


def collisions(day: date) -> list[tuple]:
    """(collision_ref, force, date, time, lat, lon, severity, road_type, road_link_id,
    reported_at). Officers leave the road link blank for about one report in ten."""
    generator = rng("collisions", day)
    unknown_force = days_ago(day) <= 2
    rows = []
    for number in range(1, generator.randint(8, 12) + 1):
        link = generator.choice(road_links())
        force = generator.choice(list(POLICE_FORCES))
        if unknown_force and number % 4 == 0:
            force = "98"
        lat = link[4] + generator.uniform(-0.003, 0.003)
        lon = link[5] + generator.uniform(-0.003, 0.003)
        if generator.random() < 0.08:
            lat, lon = lon, lat  # typed into the wrong boxes
        severity = generator.choices(["fatal", "serious", "slight"], [0.02, 0.2, 0.78])[0]
        when = datetime(
            day.year, day.month, day.day, generator.randrange(24), generator.randrange(60)
        )
        reported = when + timedelta(hours=generator.choice([2, 5, 20, 30, 60]))
        rows.append(
            (
                f"{day:%Y%m%d}{force}{number:03d}",
                force,
                day,
                when.strftime("%H:%M"),
                round(lat, 5),
                round(lon, 5),
                severity,
                link[2],
                None if generator.random() < 0.1 else link[0],
                reported,
            )
        )
    return rows


def casualties(day: date) -> list[tuple]:
    generator = rng("casualties", day)
    rows = []
    for collision in collisions(day):
        for number in range(1, generator.choice([1, 1, 1, 2, 3]) + 1):
            casualty_class = generator.choice(["driver", "passenger", "pedestrian", "cyclist"])
            born = date(1940, 1, 1) + timedelta(days=generator.randrange(0, 365 * 80))
            if casualty_class == "pedestrian" and generator.random() < 0.4:
                born = day - timedelta(days=generator.randrange(365 * 5, 365 * 15))
            severity = collision[6] if number == 1 else generator.choice(["serious", "slight"])
            name = f"{generator.choice(FIRST_NAMES)} {generator.choice(LAST_NAMES)}"
            rows.append(
                (f"{collision[0]}-{number}", collision[0], name, born, casualty_class, severity)
            )
    return rows


def vehicles(day: date) -> list[tuple]:
    generator = rng("vehicles", day)
    types = {"car": 0.6, "pedal_cycle": 0.1, "e_scooter": 0.05, "motorcycle": 0.08}
    types |= {"goods_vehicle": 0.12, "bus": 0.05}
    rows = []
    for collision in collisions(day):
        for number in range(1, generator.choice([1, 2, 2, 3]) + 1):
            kind = generator.choices(list(types), list(types.values()))[0]
            mark = None
            if kind not in ("pedal_cycle", "e_scooter"):
                letters = "".join(generator.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(3))
                mark = f"QX{generator.randint(10, 75)} {letters}"
            rows.append((f"{collision[0]}-V{number}", collision[0], kind, mark))
    return rows


def traffic_counts(day: date) -> list[tuple]:
    generator = rng("traffic", day)
    rows = []
    for link_id in counters():
        link = next(link for link in road_links() if link[0] == link_id)
        base = {"motorway": 16000, "a_road": 9000, "b_road": 3500, "unclassified": 1200}[link[2]]
        for hour in range(0, 24, 2):  # the counters report every two hours
            shape = 0.3 + (0.9 if 7 <= hour <= 19 else 0.0)
            vehicles_counted = int(base * 2 * shape * generator.uniform(0.8, 1.2))
            rows.append((link_id, datetime(day.year, day.month, day.day, hour), vehicles_counted))
    return rows


WEATHER_STATIONS = [("WS01", 54.4, -2.3), ("WS02", 53.6, -2.0), ("WS03", 52.9, -1.8)]


def weather(day: date) -> list[tuple]:
    generator = rng("weather", day)
    rows = []
    for station, lat, lon in WEATHER_STATIONS:
        wet = generator.random() < 0.5
        for hour in range(0, 24, 3):
            rows.append(
                (
                    station,
                    datetime(day.year, day.month, day.day, hour),
                    lat,
                    lon,
                    round(generator.uniform(0.5, 4.0), 1) if wet else 0.0,
                    generator.choice([150, 800, 5000, 10000, 20000]),
                    round(generator.uniform(-3, 12), 1),
                )
            )
    return rows
