"""Made-up case records, for running the project locally and in tests without the source API.

No real person is described: the postcodes are well-known public ones{% if values.personalData %},
National Insurance numbers use the QQ prefix, which is never issued, and email addresses use
example.com{% endif %}.

The same time window always gives the same records, and like a real feed they are a little
untidy: a record sent twice, one without an id, an unknown category, postcodes in odd case
and spacing.
"""

import random
from datetime import UTC, date, datetime, time, timedelta

CATEGORIES = ("application", "renewal", "complaint")
POSTCODES = (
    "SW1A 1AA",
    "M1 1AE",
    "B33 8TH",
    "CR2 6XH",
    "DN55 1PT",
    "LS1 4AP",
    "EH1 1YZ",
    "CF10 1EP",
)


def sample_cases(start: datetime, end: datetime) -> list[dict[str, str | None]]:
    """The sample records submitted in [start, end); both must be timezone-aware."""
    records = []
    day = start.astimezone(UTC).date()
    while _midnight(day) < end:
        records.extend(
            record for submitted, record in _records_for_day(day) if start <= submitted < end
        )
        day += timedelta(days=1)
    return records


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def _records_for_day(day: date) -> list[tuple[datetime, dict[str, str | None]]]:
    rng = random.Random(day.toordinal())
    records = []
    for number in range(1, rng.randint(8, 15) + 1):
        submitted = _midnight(day) + timedelta(seconds=rng.randrange(24 * 60 * 60))
        postcode = rng.choice(POSTCODES)
{%- if values.personalData %}
        person = rng.randrange(1, 1000)
        digits = f"{person:06d}"
{%- endif %}
        record: dict[str, str | None] = {
            "case_id": f"C{day:%Y%m%d}-{number:03d}",
            "submitted_at": submitted.strftime("%Y-%m-%dT%H:%M:%SZ"),
{%- if values.personalData %}
            "ni_number": f"QQ {digits[:2]} {digits[2:4]} {digits[4:]} {'ABCD'[person % 4]}",
            "email": f"person{person:04d}@example.com",
{%- endif %}
            "postcode": postcode.lower().replace(" ", "") if number % 4 == 0 else postcode,
            "category": rng.choice(CATEGORIES).title(),
            "amount_gbp": f"{rng.randint(0, 250_000) / 100:.2f}",
        }
        records.append((submitted, record))
    # Like a real feed: one record sent twice, one without an id, one with an unknown category.
    first_submitted, first = records[0]
    last_submitted, last = records[-1]
    records.append((first_submitted, dict(first)))
    records.append((last_submitted, {**last, "case_id": None}))
    records[1][1]["category"] = "Misc"
    return records
