"""Names every asset in this project shares: who owns it and which layer it sits in."""

# Dagster owners are emails or `team:<name>`; the team is the project's owning group.
OWNERS = ["team:${{ (values.owner.split('/') | last).split(':') | last }}"]

# Asset groups, one per layer of the medallion architecture.
BRONZE = "bronze"
SILVER = "silver"
GOLD = "gold"
LAYERS = (BRONZE, SILVER, GOLD)
