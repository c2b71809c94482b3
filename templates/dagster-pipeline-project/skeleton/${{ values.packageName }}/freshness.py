"""How fresh the gold data must be: the freshness policy of every gold asset.

Dagster evaluates freshness policies itself, without a sensor or a run, and shows each asset
as fresh, warning or failing in the UI, where alerts can be set on it.
"""

from datetime import timedelta

from dagster import FreshnessPolicy
{%- if values.partitioning == 'none' %}

# The pipeline runs every day at 06:00: gold fails its policy when not updated for 26 hours.
GOLD_FRESHNESS_POLICY = FreshnessPolicy.time_window(
    fail_window=timedelta(hours=26), warn_window=timedelta(hours=25)
)
{%- elif values.partitioning == 'daily' %}

# Each day's partition is run at 06:00 the next day: gold fails its policy when it was not
# updated in the 24 hours before 09:00.
GOLD_FRESHNESS_POLICY = FreshnessPolicy.cron(
    deadline_cron="0 9 * * *", lower_bound_delta=timedelta(hours=24), timezone="Europe/London"
)
{%- else %}

# Each month's partition is run at 06:00 on the 1st of the next month: gold fails its policy
# when it was not updated in the two days before 09:00 on the 2nd.
GOLD_FRESHNESS_POLICY = FreshnessPolicy.cron(
    deadline_cron="0 9 2 * *", lower_bound_delta=timedelta(days=2), timezone="Europe/London"
)
{%- endif %}
