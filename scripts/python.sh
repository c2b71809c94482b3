#!/usr/bin/env bash
# Makes the Python toolchain (Dagster, dbt, DuckDB, pytest, ruff, moto, schemathesis) in
# .tools/venv from the pinned, hashed python/requirements.lock. Source it or run it; it is
# idempotent and takes well under a second when the venv already matches the lock.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.tools/venv"
LOCK="$ROOT/python/requirements.lock"

if ! command -v python3 >/dev/null 2>&1; then
  echo "error: python3 is missing; Dagster needs Python 3.10 to 3.13 (apt-get install -y python3 python3-venv)." >&2
  exit 1
fi
if ! python3 -c 'import sys; sys.exit(0 if (3, 10) <= sys.version_info[:2] <= (3, 13) else 1)'; then
  echo "error: python3 is $(python3 -c 'import platform; print(platform.python_version())'); Dagster needs Python 3.10 to 3.13." >&2
  exit 1
fi

want="$(python3 -c 'import hashlib,platform,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest()[:16], platform.python_version())' "$LOCK")"
if [ "$(cat "$VENV/.installed-lock" 2>/dev/null)" != "$want" ]; then
  echo "python: installing the Python toolchain into .tools/venv from python/requirements.lock (about a minute cold)" >&2
  mkdir -p "$ROOT/.tools"
  python3 -m venv --clear "$VENV"
  log="$ROOT/.tools/pip-install.log"
  if ! "$VENV/bin/pip" install --disable-pip-version-check --no-input --require-hashes --no-deps \
      -r "$LOCK" >"$log" 2>&1; then
    echo "error: pip could not install python/requirements.lock from PyPI (is the registry reachable? see .tools/pip-install.log): $(grep -E 'ERROR|Error' "$log" | tail -1)" >&2
    exit 1
  fi
  echo "$want" >"$VENV/.installed-lock"
fi
export DAGSTER_PORTAL_VENV="$VENV"
