{#- Generic tests of the project. Each returns the failing rows (none when it passes). -#}

{#- The share of rows with a value in `column_name` is at least `minimum`. -#}
{% test share_not_null(model, column_name, minimum) %}
select count({{ column_name }}) / count(*) as share
from {{ model }}
having count({{ column_name }}) / count(*) < {{ minimum }}
{% endtest %}

{#- On the latest `date_column`, sum(numerator) / sum(denominator) is at least `minimum`. -#}
{% test latest_share_at_least(model, numerator, denominator, date_column, minimum) %}
select max({{ date_column }}) as day, sum({{ numerator }}) / sum({{ denominator }}) as share
from {{ model }}
where {{ date_column }} = (select max({{ date_column }}) from {{ model }})
having sum({{ numerator }}) / sum({{ denominator }}) < {{ minimum }}
{% endtest %}
