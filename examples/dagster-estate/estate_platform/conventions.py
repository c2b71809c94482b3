"""Names every asset of the estate shares: keys, groups, layers and the common tags."""

import dagster as dg

# Layers of the medallion architecture; `reference` holds lookups shared between locations.
BRONZE = "bronze"
SILVER = "silver"
GOLD = "gold"
REFERENCE = "reference"
LAYERS = (BRONZE, SILVER, GOLD, REFERENCE)

# Government Security Classifications (OFFICIAL-SENSITIVE is a handling caveat on OFFICIAL).
OFFICIAL = "OFFICIAL"
OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE"

# The run tag a scheduled run (or seed.py) uses to say which day's batch it processes.
AS_OF_TAG = "estate/as-of"


def asset_key(prefix: str, ref: str | dg.AssetKey) -> dg.AssetKey:
    """`layer/name` inside a location (prefix added), or a full `prefix/layer/name` key."""
    if isinstance(ref, dg.AssetKey):
        return ref
    parts = ref.split("/")
    if len(parts) == 2:
        return dg.AssetKey([prefix, *parts])
    if len(parts) == 3:
        return dg.AssetKey(parts)
    raise ValueError(f"Asset reference {ref!r} is neither layer/name nor prefix/layer/name")


def group_name(prefix: str, layer: str) -> str:
    """Reference data is one group across the estate; other layers are grouped per prefix."""
    if layer not in LAYERS:
        raise ValueError(f"Unknown layer {layer!r}; use one of {LAYERS}")
    return REFERENCE if layer == REFERENCE else f"{prefix}_{layer}"
