{#- Where a model's Parquet file goes: <data folder>/claims/<layer>/<model>.parquet, the layout
    the Python assets use (estate_platform/storage.py). Overrides dbt-duckdb's default. -#}
{%- macro external_location(relation, config) -%}
  {{- env_var('DAGSTER_ESTATE_DATA', '/tmp/dagster-estate-data') -}}/claims/{{ model.fqn[1] }}/{{ relation.identifier }}.parquet
{%- endmacro -%}
