"""The ${{ values.name }} Dagster code location."""
