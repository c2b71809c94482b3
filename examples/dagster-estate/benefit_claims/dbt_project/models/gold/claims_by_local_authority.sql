select
    date_trunc('month', submitted_at)::date as month,
    local_authority_code,
    count(*) as new_claims,
    count(*) filter (where status = 'open') as open_claims,
    count(*) filter (where status = 'decided') as decided_claims
from {{ ref('claims_with_geography') }}
group by all
