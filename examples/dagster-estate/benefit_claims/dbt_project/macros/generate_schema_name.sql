{#- Schemas are exactly what dbt_project.yml says (claims_silver, claims_gold). -#}
{%- macro generate_schema_name(custom_schema_name, node) -%}
  {{- custom_schema_name or target.schema -}}
{%- endmacro -%}
