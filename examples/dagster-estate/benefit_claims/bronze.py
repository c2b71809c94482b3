"""Bronze: ClaimsHub, payments engine, tribunal and jobcentre feeds, landed unchanged."""

from datetime import timedelta
from decimal import Decimal

import dagster as dg

from benefit_claims.feeds import claim_rows, payment_rows
from benefit_claims.location import CLAIMS, DANA, SENSITIVE
from estate_platform import columns as c
from estate_platform.conventions import OFFICIAL_SENSITIVE
from estate_platform.partitions import DAILY
from estate_platform.storage import Rows
from estate_platform.synthetic import as_of, partition_day, people, rng, spread

CLAIM_ID = c.col("claim_id", "VARCHAR", "Claim reference", nullable=False, unique=True)


def recent_claim_ids(context: dg.AssetExecutionContext, days: int = 10) -> list[str]:
    day = as_of(context)
    return [row[0] for back in range(1, days + 1) for row in claim_rows(day - timedelta(back))]


CLAIMS_RAW = [
    CLAIM_ID,
    c.nino(),
    c.full_name(),
    c.date_of_birth(),
    c.postcode(),
    c.col("claim_type", "VARCHAR"),
    c.col("submitted_at", "TIMESTAMP"),
]


@CLAIMS.asset(
    "bronze",
    partitions_def=DAILY,
    description=(
        "Daily extract of new and changed Household Support Payment claims from the ClaimsHub"
        " case management system, landed unchanged."
    ),
    columns=CLAIMS_RAW,
    tags={**SENSITIVE, "retention_period": "P6Y", "dpia_reference": "DPIA-2024-017"},
)
def claims_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows.of(CLAIMS_RAW, claim_rows(partition_day(context)))


CLAIMANT_DETAILS_RAW = [
    c.col("claimant_id", "VARCHAR", nullable=False),
    c.nino(),
    c.full_name(),
    c.date_of_birth(),
    c.postcode(),
    c.col("household_size", "INTEGER"),
]


@CLAIMS.asset(
    "bronze",
    description="Snapshot of claimant contact and circumstances records held by ClaimsHub.",
    columns=CLAIMANT_DETAILS_RAW,
    tags={**SENSITIVE, "retention_period": "P6Y"},
)
def claimant_details_raw() -> Rows:
    rows = [
        (f"CL{p.person_id[1:]}", p.nino, p.full_name, p.date_of_birth, p.postcode, p.household_size)
        for p in people()[:280]
    ]
    return Rows.of(CLAIMANT_DETAILS_RAW, rows)


PAYMENTS_RAW = [
    c.col("payment_id", "VARCHAR"),
    CLAIM_ID,
    c.col("amount_gbp", "NUMERIC(10,2)"),
    c.col("due_date", "DATE"),
    c.personal("sort_code", "bank_details"),
    c.col("reverses_payment_id", "VARCHAR", "The payment a reversal cancels"),
]


@CLAIMS.asset(
    "bronze",
    partitions_def=DAILY,
    description=(
        "Payment instructions sent to the payments engine each night, one row per instalment."
    ),
    columns=PAYMENTS_RAW,
    tags=SENSITIVE,
)
def payments_raw(context: dg.AssetExecutionContext) -> Rows:
    return Rows.of(PAYMENTS_RAW, payment_rows(partition_day(context)))


OVERPAYMENTS_RAW = [
    c.col("overpayment_id", "VARCHAR"),
    CLAIM_ID,
    c.col("amount_gbp", "NUMERIC(10,2)"),
    c.col("reason_code", "VARCHAR"),
    c.col("recovery_method", "VARCHAR"),
    c.col("recovered_gbp", "NUMERIC(10,2)"),
]
RECOVERED_SHARE = {"deduction": 0.4, "direct_payment": 1.0, "write_off": 0.0, "none_yet": 0.0}


@CLAIMS.asset(
    "bronze",
    description=(
        "Overpayment recovery cases opened by debt management, with the amount and reason"
        " recorded by the case worker."
    ),
    columns=OVERPAYMENTS_RAW,
    tags={"classification": OFFICIAL_SENSITIVE},
)
def overpayments_raw(context: dg.AssetExecutionContext) -> Rows:
    generator = rng("overpayments_raw", as_of(context))
    reasons = ["DECL-LATE", "decl_late", "ADMIN-ERR", "admin err", "FRAUD-SUSP", "CHANGE-NR"]
    rows = []
    for number, claim_id in enumerate(generator.sample(recent_claim_ids(context), 40), 1):
        amount = Decimal(generator.randrange(2000, 90000)) / 100
        method = generator.choice(list(RECOVERED_SHARE))
        recovered = (amount * Decimal(RECOVERED_SHARE[method])).quantize(Decimal("0.01"))
        reason = generator.choice(reasons)
        rows.append((f"OP-{number:05d}", claim_id, amount, reason, method, recovered))
    return Rows.of(OVERPAYMENTS_RAW, rows)


RECONSIDERATIONS_RAW = [
    c.col("reconsideration_id", "VARCHAR"),
    CLAIM_ID,
    c.col("requested_at", "TIMESTAMP"),
    c.col("cleared_at", "TIMESTAMP"),
    c.col("outcome", "VARCHAR"),
]


@CLAIMS.asset(
    "bronze",
    description="Requests from claimants to look again at a decision before an appeal.",
    columns=RECONSIDERATIONS_RAW,
)
def mandatory_reconsiderations_raw(context: dg.AssetExecutionContext) -> Rows:
    day = as_of(context)
    generator = rng("mandatory_reconsiderations_raw", day)
    rows = []
    for number, claim_id in enumerate(generator.sample(recent_claim_ids(context), 30), 1):
        requested = spread(day - timedelta(days=generator.randint(1, 9)), generator)
        outcome = generator.choice(["revised", "not_revised", "not_revised", "pending"])
        cleared = None
        if outcome != "pending":
            cleared = requested + timedelta(days=generator.randint(2, 20))
        rows.append((f"MR-{number:05d}", claim_id, requested, cleared, outcome))
    return Rows.of(RECONSIDERATIONS_RAW, rows)


APPEALS_RAW = [
    c.col("appeal_id", "VARCHAR"),
    CLAIM_ID,
    c.full_name(),
    c.col("hearing_date", "DATE"),
    c.col("outcome", "VARCHAR"),
]


@CLAIMS.asset(
    "bronze",
    description="Tribunal appeal records received weekly from the tribunal service file transfer.",
    columns=APPEALS_RAW,
    tags={**SENSITIVE, "retention_period": "P2Y"},
)
def appeals_raw(context: dg.AssetExecutionContext) -> Rows:
    day = as_of(context)
    generator = rng("appeals_raw", day)
    outcomes = ["upheld", "overturned", "overturned", "withdrawn", "adjourned"]
    rows = [
        (
            f"AP-{number:05d}",
            claim_id,
            generator.choice(people()).full_name,
            day - timedelta(days=generator.randint(0, 6)),
            generator.choice(outcomes),
        )
        for number, claim_id in enumerate(generator.sample(recent_claim_ids(context), 20), 1)
    ]
    return Rows.of(APPEALS_RAW, rows)


APPOINTMENTS_RAW = [
    c.col("appointment_id", "VARCHAR"),
    c.col("claimant_id", "VARCHAR"),
    c.col("jobcentre_code", "VARCHAR"),
    c.col("booked_for", "TIMESTAMP"),
    c.col("attended", "BOOLEAN"),
    c.col("rebooked_from", "VARCHAR"),
]


@CLAIMS.asset(
    "bronze",
    description=(
        "Appointment bookings from the jobcentre diary system, including no-shows and rebookings."
    ),
    columns=APPOINTMENTS_RAW,
)
def work_coach_appointments_raw(context: dg.AssetExecutionContext) -> Rows:
    day = as_of(context)
    generator = rng("work_coach_appointments_raw", day)
    rows = []
    for number in range(1, 161):
        claimant = f"CL{generator.randint(1, 280):05d}"
        booked = spread(day - timedelta(days=generator.randint(0, 13)), generator)
        attended = generator.random() < 0.82
        rebooked_from = f"WC-{number - 1:05d}" if number > 1 and generator.random() < 0.1 else None
        jobcentre = f"JC{generator.randint(1, 6):02d}"
        rows.append((f"WC-{number:05d}", claimant, jobcentre, booked, attended, rebooked_from))
    return Rows.of(APPOINTMENTS_RAW, rows)


FRAUD_REFERRALS_RAW = [
    c.col("referral_id", "VARCHAR"),
    c.nino(),
    c.full_name(),
    c.postcode(),
    c.col("allegation_type", "VARCHAR"),
]


@CLAIMS.asset(
    "bronze",
    owners=[DANA],
    description=(
        "Referrals passed to the counter-fraud team by staff and the public reporting form."
    ),
    columns=FRAUD_REFERRALS_RAW,
    tags={"classification": OFFICIAL_SENSITIVE, "lawful_basis": "legal_obligation"},
)
def fraud_referrals_raw(context: dg.AssetExecutionContext) -> Rows:
    generator = rng("fraud_referrals_raw", as_of(context))
    allegations = ["undeclared_income", "living_together", "not_resident", "identity"]
    rows = [
        (f"FR-{number:05d}", p.nino, p.full_name, p.postcode, generator.choice(allegations))
        for number, p in enumerate(generator.sample(people(), 25), 1)
    ]
    return Rows.of(FRAUD_REFERRALS_RAW, rows)


BRONZE = [
    claims_raw,
    claimant_details_raw,
    payments_raw,
    overpayments_raw,
    mandatory_reconsiderations_raw,
    appeals_raw,
    work_coach_appointments_raw,
    fraud_referrals_raw,
]
