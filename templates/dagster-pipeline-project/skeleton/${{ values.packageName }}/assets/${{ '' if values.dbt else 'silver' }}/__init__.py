"""Silver: data cleaned, de-duplicated and validated{% if values.personalData %}, with personal data masked{% endif %}."""

from .cases import cases

ASSETS = [cases]
