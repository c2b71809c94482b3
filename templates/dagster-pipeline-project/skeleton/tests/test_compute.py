import re

import pytest

from ${{ values.packageName }}.compute import (
    DEFAULT_PROFILE,
    GPU_TAG,
    MEMORY_TAG,
    PROFILE_TAG,
    PROFILES,
    SAFE_TO_RETRY_TAG,
    compute_tags,
)

TAG_VALUE = re.compile(r"^[A-Za-z0-9_.-]{1,63}$")


def test_the_project_default_is_${{ values.computeProfile }}():
    assert DEFAULT_PROFILE == "${{ values.computeProfile }}"
    assert compute_tags()[PROFILE_TAG] == "${{ values.computeProfile }}"


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_every_profile_gives_all_six_tags_as_valid_dagster_values(profile):
    tags = compute_tags(profile)
    assert set(tags) == {
        "platform/compute-profile",
        "platform/expected-duration-minutes",
        "platform/memory-mib",
        "platform/parallelism",
        "platform/gpu",
        "platform/safe-to-retry",
    }
    assert all(TAG_VALUE.match(value) for value in tags.values())


def test_profiles_match_the_platform():
    assert compute_tags("small")[MEMORY_TAG] == "1024"
    assert compute_tags("large")[MEMORY_TAG] == "16384"
    assert compute_tags("gpu")[GPU_TAG] == "true"
    assert compute_tags("gpu")[SAFE_TO_RETRY_TAG] == "false"


def test_an_asset_can_override_one_setting():
    tags = compute_tags("medium", expected_duration_minutes=90)
    assert tags["platform/expected-duration-minutes"] == "90"
    assert tags[PROFILE_TAG] == "medium"


def test_an_unknown_profile_is_refused():
    with pytest.raises(ValueError, match="Unknown compute profile"):
        compute_tags("huge")
