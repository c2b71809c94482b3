"""health_outcomes_linkage fails to load with a real import error, as deployed code can."""

import importlib
import sys

import pytest


def test_the_location_raises_module_not_found():
    sys.modules.pop("health_outcomes_linkage.definitions", None)
    with pytest.raises(ModuleNotFoundError) as error:
        importlib.import_module("health_outcomes_linkage.definitions")
    assert error.value.name == "dagster_snowflake_pandas"
