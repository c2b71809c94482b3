import pytest
from dagster import TableColumn

from ${{ values.packageName }}.pii import (
    is_valid_nhs_number,
    mask_email,
    mask_nhs_number,
    mask_ni_number,
    normalise_ni_number,
    personal_data_column,
    postcode_district,
    pseudonymise,
)


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("QQ123456C", "QQ******C"),
        ("qq 12 34 56 c", "QQ******C"),
        ("QQ12345", "*******"),
        ("", None),
        (None, None),
    ],
)
def test_mask_ni_number_keeps_the_prefix_and_final_letter(value, masked):
    assert mask_ni_number(value) == masked


def test_normalise_ni_number():
    assert normalise_ni_number(" qq 12 34 56 c ") == "QQ123456C"
    assert normalise_ni_number("  ") is None


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("943 476 5919", "*******919"),
        ("9434765919", "*******919"),
        ("12345", "*****"),
        (None, None),
    ],
)
def test_mask_nhs_number_keeps_the_last_three_digits(value, masked):
    assert mask_nhs_number(value) == masked


def test_is_valid_nhs_number_checks_the_check_digit():
    assert is_valid_nhs_number("943 476 5919")
    assert not is_valid_nhs_number("943 476 5918")
    assert not is_valid_nhs_number("94347659")


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("jane.doe@Example.COM", "j*******@example.com"),
        ("a@example.com", "a@example.com"),
        ("not an email", "************"),
        ("", None),
    ],
)
def test_mask_email_keeps_the_first_character_and_domain(value, masked):
    assert mask_email(value) == masked


@pytest.mark.parametrize(
    ("value", "district"),
    [
        ("SW1A 1AA", "SW1A"),
        ("sw1a1aa", "SW1A"),
        ("M1 1AE", "M1"),
        ("B33 8TH", "B33"),
        ("CF10 1EP", "CF10"),
        ("NOT A POSTCODE", None),
        (None, None),
    ],
)
def test_postcode_district_truncates_to_the_outward_code(value, district):
    assert postcode_district(value) == district


def test_pseudonymise_is_keyed_and_deterministic(monkeypatch):
    assert pseudonymise("QQ123456C", key="one") == pseudonymise("QQ123456C", key="one")
    assert pseudonymise("QQ123456C", key="one") != pseudonymise("QQ123456C", key="two")
    assert len(pseudonymise("QQ123456C", key="one")) == 64
    monkeypatch.setenv("PII_PSEUDONYMISATION_KEY", "one")
    assert pseudonymise("QQ123456C") == pseudonymise("QQ123456C", key="one")


def test_pseudonymise_refuses_to_run_without_a_key(monkeypatch):
    monkeypatch.delenv("PII_PSEUDONYMISATION_KEY", raising=False)
    with pytest.raises(RuntimeError, match="PII_PSEUDONYMISATION_KEY"):
        pseudonymise("QQ123456C")


def test_personal_data_column_is_tagged():
    column = personal_data_column("email", "varchar", "Contact address", "contact_details")
    assert isinstance(column, TableColumn)
    assert column.tags == {"pii": "true", "pii_category": "contact_details"}
