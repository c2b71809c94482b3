#!/usr/bin/env bash
# Makes the Python toolchain (Dagster, dbt, DuckDB, pytest, ruff, moto, schemathesis) in
# .tools/venv from the pinned, hashed python/requirements.lock. Source it or run it; it is
# idempotent: about a minute cold, well under a second when the venv matches the lock.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/venv.sh"
ensure_venv "$ROOT/.tools/venv" "$ROOT/python/requirements.lock" "Dagster 1.13" 3.10 3.13
export DAGSTER_PORTAL_VENV="$ROOT/.tools/venv"
