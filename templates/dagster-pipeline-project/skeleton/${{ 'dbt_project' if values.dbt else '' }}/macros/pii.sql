{% raw %}{#- SQL versions of the masking helpers in the Python package's pii.py: keep them in step. -#}

{% macro pii_compact(column) -%}
    upper(regexp_replace({{ column }}, '\s', '', 'g'))
{%- endmacro %}

{#- QQ123456C becomes QQ******C; a value not shaped like an NI number is hidden entirely. -#}
{% macro mask_ni_number(column) -%}
    case
        when nullif({{ pii_compact(column) }}, '') is null then null
        when regexp_full_match({{ pii_compact(column) }}, '[A-Z]{2}[0-9]{6}[A-D]')
            then left({{ pii_compact(column) }}, 2) || '******' || right({{ pii_compact(column) }}, 1)
        else repeat('*', length({{ pii_compact(column) }}))
    end
{%- endmacro %}

{#- jane@example.com becomes j***@example.com. -#}
{% macro mask_email(column) -%}
    case
        when nullif(trim({{ column }}), '') is null then null
        when regexp_full_match(trim({{ column }}), '[^@\s]+@[^@\s]+')
            then left(trim({{ column }}), 1)
                || repeat('*', length(split_part(trim({{ column }}), '@', 1)) - 1)
                || '@' || lower(split_part(trim({{ column }}), '@', 2))
        else repeat('*', length(trim({{ column }})))
    end
{%- endmacro %}

{#- SW1A 1AA becomes SW1A; null when the value is not a UK postcode. -#}
{% macro postcode_district(column) -%}
    case
        when regexp_full_match({{ pii_compact(column) }}, '[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}')
            then left({{ pii_compact(column) }}, length({{ pii_compact(column) }}) - 3)
    end
{%- endmacro %}{% endraw %}
