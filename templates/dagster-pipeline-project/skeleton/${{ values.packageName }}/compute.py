"""Compute profile tags, read by the platform's placement engine.

Every asset carries these tags and the placement engine uses them to decide where a
materialisation runs and how much memory it gets. The project's default profile was chosen
when the project was created. An asset can ask for another profile, or change one setting:

    @asset(tags=compute_tags("large"))
    @asset(tags=compute_tags(expected_duration_minutes=90))
"""

from dataclasses import dataclass, replace

PROFILE_TAG = "platform/compute-profile"
EXPECTED_DURATION_TAG = "platform/expected-duration-minutes"
MEMORY_TAG = "platform/memory-mib"
PARALLELISM_TAG = "platform/parallelism"
GPU_TAG = "platform/gpu"
SAFE_TO_RETRY_TAG = "platform/safe-to-retry"


@dataclass(frozen=True)
class ComputeProfile:
    name: str
    expected_duration_minutes: int
    memory_mib: int
    parallelism: int
    gpu: bool
    safe_to_retry: bool

    def as_tags(self) -> dict[str, str]:
        """The profile as Dagster tags: every value a string, as Dagster requires."""
        return {
            PROFILE_TAG: self.name,
            EXPECTED_DURATION_TAG: str(self.expected_duration_minutes),
            MEMORY_TAG: str(self.memory_mib),
            PARALLELISM_TAG: str(self.parallelism),
            GPU_TAG: "true" if self.gpu else "false",
            SAFE_TO_RETRY_TAG: "true" if self.safe_to_retry else "false",
        }


# name, expected duration (minutes), memory (MiB), parallelism, needs a GPU, safe to retry
_PROFILE_TABLE = [
    ("small", 5, 1024, 1, False, True),
    ("medium", 30, 4096, 2, False, True),
    ("large", 120, 16384, 8, False, True),
    ("gpu", 60, 16384, 1, True, False),
]
PROFILES = {row[0]: ComputeProfile(*row) for row in _PROFILE_TABLE}

DEFAULT_PROFILE = "${{ values.computeProfile }}"


def compute_tags(profile: str = DEFAULT_PROFILE, **overrides: int | bool) -> dict[str, str]:
    """Tags for an asset that runs on `profile`, with any of its settings overridden."""
    if profile not in PROFILES:
        raise ValueError(f"Unknown compute profile {profile!r}; choose one of {sorted(PROFILES)}")
    return replace(PROFILES[profile], **overrides).as_tags()
