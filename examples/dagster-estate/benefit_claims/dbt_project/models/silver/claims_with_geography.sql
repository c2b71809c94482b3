-- The postcode is used to find the area and then dropped.
select
    c.claim_id,
    p.local_authority_code,
    coalesce(l.region_code, p.region_code) as region_code,
    p.imd_decile,
    c.status,
    c.claim_type,
    c.submitted_at
from {{ ref('claims_clean') }} as c
left join {{ source('reference', 'postcode_directory') }} as p
    on p.postcode = upper(trim(c.postcode))
left join {{ source('reference', 'local_authority_lookup') }} as l
    on l.local_authority_code = p.local_authority_code
