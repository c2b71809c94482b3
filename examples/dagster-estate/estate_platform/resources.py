"""The resources every location's Definitions share."""

from typing import Any

from estate_platform.io_manager import ParquetIOManager


def shared_resources() -> dict[str, Any]:
    return {"io_manager": ParquetIOManager()}
