{#- The estate's pseudonym (estate_platform/pii.py): SHA-256 of the key and the normalised value. -#}
{%- macro pseudonym(expression) -%}
  sha256('{{ env_var("PII_PSEUDONYMISATION_KEY", "dagster-estate-demo") }}' || upper(replace({{ expression }}, ' ', '')))
{%- endmacro -%}
