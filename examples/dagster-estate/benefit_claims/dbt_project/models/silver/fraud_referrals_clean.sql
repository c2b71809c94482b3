-- Referrals matched to claimants through the pseudonym only.
select
    referral_id,
    {{ pseudonym('national_insurance_number') }} as nino_hash,
    allegation_type
from {{ source('bronze', 'fraud_referrals_raw') }}
