"""benefit_claims: Household Support Payment claims (a fictional service)."""
