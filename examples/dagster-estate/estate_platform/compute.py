"""Compute-profile tags, read by the platform's placement engine.

The tag keys and the four profiles are the ones the portal offers when a project is created
(``COMPUTE_TAGS`` and ``COMPUTE_PROFILES`` in plugins/dagster-common). Every asset carries
one profile as tags; an asset may ask for another profile or override one setting::

    compute_tags("large")
    compute_tags("small", expected_duration_minutes=20)
"""

from dataclasses import dataclass, replace

PROFILE_TAG = "platform/compute-profile"
EXPECTED_DURATION_TAG = "platform/expected-duration-minutes"
MEMORY_TAG = "platform/memory-mib"
PARALLELISM_TAG = "platform/parallelism"
GPU_TAG = "platform/gpu"
SAFE_TO_RETRY_TAG = "platform/safe-to-retry"

COMPUTE_TAG_KEYS = (
    PROFILE_TAG,
    EXPECTED_DURATION_TAG,
    MEMORY_TAG,
    PARALLELISM_TAG,
    GPU_TAG,
    SAFE_TO_RETRY_TAG,
)


@dataclass(frozen=True)
class ComputeProfile:
    name: str
    expected_duration_minutes: int
    memory_mib: int
    parallelism: int
    gpu: bool
    safe_to_retry: bool

    def as_tags(self) -> dict[str, str]:
        """The profile as Dagster tags; tag values are always strings."""
        return {
            PROFILE_TAG: self.name,
            EXPECTED_DURATION_TAG: str(self.expected_duration_minutes),
            MEMORY_TAG: str(self.memory_mib),
            PARALLELISM_TAG: str(self.parallelism),
            GPU_TAG: str(self.gpu).lower(),
            SAFE_TO_RETRY_TAG: str(self.safe_to_retry).lower(),
        }


PROFILES = {
    profile.name: profile
    for profile in (
        ComputeProfile("small", 5, 1024, 1, gpu=False, safe_to_retry=True),
        ComputeProfile("medium", 30, 4096, 2, gpu=False, safe_to_retry=True),
        ComputeProfile("large", 120, 16384, 8, gpu=False, safe_to_retry=True),
        ComputeProfile("gpu", 60, 16384, 1, gpu=True, safe_to_retry=False),
    )
}


def compute_tags(profile: str = "small", **overrides: int | bool) -> dict[str, str]:
    """The tags of an asset running on `profile`, with any setting overridden."""
    if profile not in PROFILES:
        raise ValueError(f"Unknown compute profile {profile!r}; choose one of {sorted(PROFILES)}")
    return replace(PROFILES[profile], **overrides).as_tags()
