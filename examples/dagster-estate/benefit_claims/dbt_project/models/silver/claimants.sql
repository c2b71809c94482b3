-- Claimants with a claim in claims_clean, pseudonymised.
with details as (
    select
        claimant_id,
        {{ pseudonym('national_insurance_number') }} as nino_hash,
        full_name,
        date_of_birth,
        postcode,
        household_size
    from {{ source('bronze', 'claimant_details_raw') }}
)

select
    claimant_id,
    nino_hash,
    {{ pseudonym('full_name') }} as name_hash,
    strftime(date_of_birth, '%Y-%m') as birth_month,
    left(postcode, length(postcode) - 2) as postcode_sector,
    household_size
from details
where nino_hash in (select nino_hash from {{ ref('claims_clean') }})
