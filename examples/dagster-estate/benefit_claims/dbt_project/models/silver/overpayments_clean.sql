-- Case workers type reason codes freely: "decl_late", "DECL-LATE" and "decl late" are one reason.
with standardised as (
    select
        *,
        regexp_replace(upper(trim(reason_code)), '[ _]+', '-', 'g') as reason_key
    from {{ source('bronze', 'overpayments_raw') }}
)

select
    o.overpayment_id,
    o.claim_id,
    c.claim_type,
    o.amount_gbp,
    case o.reason_key
        when 'DECL-LATE' then 'late_declaration'
        when 'ADMIN-ERR' then 'official_error'
        when 'FRAUD-SUSP' then 'suspected_fraud'
        else 'change_not_reported'
    end as reason,
    o.recovery_method,
    o.recovered_gbp,
    case
        when o.recovered_gbp >= o.amount_gbp then 'recovered'
        when o.recovery_method = 'write_off' then 'written_off'
        when o.recovered_gbp > 0 then 'recovering'
        else 'not_started'
    end as recovery_status
from standardised as o
left join {{ ref('claims_clean') }} as c using (claim_id)
