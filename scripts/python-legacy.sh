#!/usr/bin/env bash
# Makes an older Dagster (the 1.7 line, before AssetNode.kinds) in .tools/venv-dagster-legacy
# from the pinned, hashed python/requirements-dagster-legacy.lock, for the Dagster client's
# version-adaptation test (plugins/dagster-node). Source it or run it; it is idempotent and
# takes well under a second when the venv already matches the lock.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.tools/venv-dagster-legacy"
LOCK="$ROOT/python/requirements-dagster-legacy.lock"

if ! command -v python3 >/dev/null 2>&1; then
  echo "error: python3 is missing; Dagster 1.7 needs Python 3.8 to 3.12 (apt-get install -y python3 python3-venv)." >&2
  exit 1
fi
if ! python3 -c 'import sys; sys.exit(0 if (3, 8) <= sys.version_info[:2] <= (3, 12) else 1)'; then
  echo "error: python3 is $(python3 -c 'import platform; print(platform.python_version())'); Dagster 1.7 needs Python 3.8 to 3.12." >&2
  exit 1
fi

want="$(python3 -c 'import hashlib,platform,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest()[:16], platform.python_version())' "$LOCK")"
if [ "$(cat "$VENV/.installed-lock" 2>/dev/null)" != "$want" ]; then
  echo "python-legacy: installing Dagster 1.7 into .tools/venv-dagster-legacy from python/requirements-dagster-legacy.lock" >&2
  mkdir -p "$ROOT/.tools"
  python3 -m venv --clear "$VENV"
  log="$ROOT/.tools/pip-install-legacy.log"
  if ! "$VENV/bin/pip" install --disable-pip-version-check --no-input --require-hashes --no-deps \
      -r "$LOCK" >"$log" 2>&1; then
    echo "error: pip could not install python/requirements-dagster-legacy.lock from PyPI (is the registry reachable? see .tools/pip-install-legacy.log): $(grep -E 'ERROR|Error' "$log" | tail -1)" >&2
    exit 1
  fi
  echo "$want" >"$VENV/.installed-lock"
fi
export DAGSTER_LEGACY_VENV="$VENV"
