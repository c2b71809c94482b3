"""Jobs and schedules of tax_receipts_analytics."""

from estate_platform.jobs import partitioned_job, refresh_job
from tax_receipts_analytics.bronze import paye_rti_submissions_raw, receipts_ledger_raw
from tax_receipts_analytics.silver import paye_receipts, receipts_ledger

DAILY_ASSETS = [receipts_ledger_raw, paye_rti_submissions_raw, receipts_ledger, paye_receipts]

daily_ingest, daily_schedule = partitioned_job(
    "daily_ingest",
    DAILY_ASSETS,
    "Loads one day of ledger receipts and payroll submissions.",
    hour=5,
)
refresh, refresh_schedule = refresh_job(DAILY_ASSETS, cron="30 8 * * 1-5")

JOBS = [daily_ingest, refresh]
SCHEDULES = [daily_schedule, refresh_schedule]
