"""The source feeds of ClaimsHub and the payments engine, as made-up deterministic rows.

Like real feeds they have bad days, keyed on how many days ago a partition's day was:

* the claims extracts of the last two days lost the National Insurance number of claims
  made through the new online form;
* yesterday's payments file was sent after an engine outage: many payments are late
  against their due date, and it carries reversals of payments made on earlier days,
  which the same-day netting cannot match (negative amounts reach silver).

Each day's claims file also repeats one claim, which silver removes.
"""

from datetime import date, timedelta
from decimal import Decimal

from estate_platform.synthetic import days_ago, people, rng, spread

CLAIM_TYPES = {"new_claim": 0.6, "change_of_circumstances": 0.3, "renewal": 0.1}


def claim_rows(day: date) -> list[tuple]:
    """The ClaimsHub extract of `day`: one row per new or changed claim."""
    generator = rng("claims_raw", day)
    everyone = people()
    lost_nino = days_ago(day) <= 2
    rows = []
    for number in range(1, generator.randint(28, 40) + 1):
        person = generator.choice(everyone)
        online = generator.random() < 0.35
        rows.append(
            (
                f"HSP-{day:%y%m%d}-{number:03d}",
                None if lost_nino and online else person.nino,
                person.full_name,
                person.date_of_birth,
                person.postcode,
                generator.choices(list(CLAIM_TYPES), weights=list(CLAIM_TYPES.values()))[0],
                spread(day, generator),
            )
        )
    rows.append(rows[len(rows) // 2])  # the extract repeats one claim every day
    return rows


def payment_rows(day: date) -> list[tuple]:
    """The payment instructions sent on `day`, for claims made in the three days before."""
    generator = rng("payments_raw", day)
    claims = [row[0] for back in (1, 2, 3) for row in claim_rows(day - timedelta(days=back))]
    late = days_ago(day) == 1
    rows = []
    for number, claim_id in enumerate(generator.sample(claims, k=min(len(claims), 45)), 1):
        due = day + timedelta(days=generator.randint(0, 3))
        if late and generator.random() < 0.4:
            due = day - timedelta(days=generator.randint(1, 4))
        amount = Decimal(generator.randrange(4000, 32000)) / 100
        sort_code = f"99-{generator.randrange(100):02d}-{generator.randrange(100):02d}"
        rows.append((f"PAY-{day:%y%m%d}-{number:04d}", claim_id, amount, due, sort_code, None))
    # Reversals, netted off in silver. Yesterday's reverse payments of earlier days.
    for reversal in range(1, 4):
        if days_ago(day) == 1:
            original = f"PAY-{day - timedelta(days=reversal):%y%m%d}-{reversal:04d}"
            claim_id, amount, due = rows[reversal][1], Decimal("-118.40") * reversal, day
        else:
            original, claim_id, amount, due, _, _ = rows[reversal * 7]
            amount = -amount
        rows.append((f"REV-{day:%y%m%d}-{reversal:03d}", claim_id, amount, due, None, original))
    return rows
