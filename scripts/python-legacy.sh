#!/usr/bin/env bash
# Makes an older Dagster (the 1.7 line, before AssetNode.kinds) in .tools/venv-dagster-legacy
# from python/requirements-dagster-legacy.lock, for the Dagster client's version-adaptation
# test (plugins/dagster-node). Source it or run it; idempotent, about 25 s cold.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/venv.sh"
ensure_venv "$ROOT/.tools/venv-dagster-legacy" "$ROOT/python/requirements-dagster-legacy.lock" "Dagster 1.7" 3.8 3.12
