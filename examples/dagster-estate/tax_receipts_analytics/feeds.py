"""The RevenueCore ledger and the returns systems' extracts (all invented).

Bad deliveries: yesterday's ledger file repeats part of the day before's transactions
(blocking check no_duplicate_transactions); the repayments extract stopped twelve days ago
(data_is_recent warns).
"""

from datetime import date, timedelta
from decimal import Decimal

from estate_platform.synthetic import days_ago, people, rng, spread

TAX_HEADS = {
    "ITSA": 0.22,  # income tax self assessment
    "PAYE": 0.3,
    "NICS": 0.18,
    "VAT": 0.2,
    "CT": 0.06,
    "SDLT": 0.03,
    "FUEL": 0.01,
}
CHANNELS = ["bacs", "faster_payments", "debit_card", "cheque"]
SECTORS = ["retail", "construction", "hospitality", "manufacturing", "services"]


def ledger(day: date) -> list[tuple]:
    """(transaction_id, tax_head, amount_gbp, received_on, channel, reverses)."""
    generator = rng("ledger", day)
    rows = []
    for number in range(1, 51):
        head = generator.choices(list(TAX_HEADS), list(TAX_HEADS.values()))[0]
        amount = Decimal(generator.randrange(5000, 2_000_000)) / 100
        channel = generator.choice(CHANNELS)
        rows.append((f"RC{day:%Y%m%d}{number:05d}", head, amount, day, channel, None))
    for number in (3, 17):
        original = rows[number]
        rows.append(
            (f"RC{day:%Y%m%d}R{number:04d}", original[1], -original[2], day, "bacs", original[0])
        )
    if days_ago(day) == 1:
        rows.extend(rows[20:32])  # the file was sent twice in part
    return rows


def self_assessment(as_of: date) -> list[tuple]:
    generator = rng("self_assessment", as_of.year)
    due = date(as_of.year, 1, 31)
    rows = []
    for number, person in enumerate(people()[:180], 1):
        income = Decimal(generator.randrange(12_000, 180_000))
        tax_due = (max(income - 12_570, 0) * Decimal("0.22")).quantize(Decimal("0.01"))
        filed = due - timedelta(days=generator.randrange(-40, 200))
        rows.append(
            (
                f"{1_000_000_000 + number * 7919}",
                person.nino,
                person.full_name,
                person.date_of_birth,
                person.postcode,
                income,
                tax_due,
                filed,
                due,
            )
        )
    return rows


def vat_returns(as_of: date) -> list[tuple]:
    generator = rng("vat", as_of.isocalendar()[:2])
    rows = []
    for number in range(1, 61):
        vrn = f"GB{900000000 + number * 37}"
        sector = SECTORS[number % len(SECTORS)]
        for quarter in ("25A1", "25A2"):
            nil = generator.random() < 0.08
            due = Decimal(0) if nil else Decimal(generator.randrange(1000, 400_000)) / 100
            rows.append((vrn, quarter, due, nil, False, sector))
        if number % 9 == 0:  # an amended return replaces the original
            rows.append((vrn, "25A2", rows[-1][2] * Decimal("1.1"), False, True, sector))
    return rows


def paye(day: date) -> list[tuple]:
    generator = rng("paye", day)
    rows = []
    for number, person in enumerate(generator.sample(people(), 60), 1):
        pay = Decimal(generator.randrange(120_000, 650_000)) / 100
        tax = (pay * Decimal("0.18")).quantize(Decimal("0.01"))
        employer = f"{100 + number % 12}/EP{number % 12:04d}"
        rows.append((employer, person.nino, pay, tax, day, SECTORS[number % len(SECTORS)]))
    return rows


def repayments(as_of: date) -> list[tuple]:
    """The feed stopped twelve days before `as_of`: nothing issued since."""
    generator = rng("repayments", as_of.isocalendar()[:2])
    stopped = as_of - timedelta(days=12)
    rows = []
    for number in range(1, 51):
        claimed = stopped - timedelta(days=generator.randrange(5, 60))
        issued = claimed + timedelta(days=generator.randrange(3, 30))
        rows.append(
            (
                f"RP{number:06d}",
                generator.choice(["ITSA", "PAYE", "VAT"]),
                Decimal(generator.randrange(2000, 250_000)) / 100,
                claimed,
                issued if issued <= stopped else None,
                generator.choice(["overpaid_tax", "marriage_allowance", "vat_credit"]),
            )
        )
    return rows


def debt_cases(as_of: date) -> list[tuple]:
    generator = rng("debt", as_of.isocalendar()[:2])
    stages = ["reminder", "payment_plan", "enforcement", "insolvency"]
    return [
        (
            f"DC{number:06d}",
            generator.choice(["ITSA", "VAT", "CT", "PAYE"]),
            Decimal(generator.randrange(50_000, 9_000_000)) / 100,
            as_of - timedelta(days=generator.randrange(10, 900)),
            generator.choice(stages),
            spread(as_of - timedelta(days=1), generator),
        )
        for number in range(1, 41)
    ]
