#!/usr/bin/env bash
# Runs every check: type check, lint, unit and integration tests (SQLite and
# PostgreSQL), the builds and the end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bootstrap.sh
. scripts/python.sh
. scripts/python-legacy.sh
. scripts/lib.sh

PG_URL="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"
if ! node -e "const s=require('net').connect({host:new URL(process.argv[1]).hostname,port:+(new URL(process.argv[1]).port||5432)});s.on('connect',()=>process.exit(0));s.on('error',()=>process.exit(1));setTimeout(()=>process.exit(1),3000)" "$PG_URL"; then
  echo "error: PostgreSQL is not reachable at $PG_URL; the store tests need it." >&2
  echo "       Start it with: pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start" >&2
  echo "       (or install it with: apt-get install -y postgresql), or point" >&2
  echo "       BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING at another server." >&2
  exit 1
fi
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "error: Chromium is not installed at $CHROMIUM; the end-to-end tests need it." >&2
  echo "       Install it with: apt-get install -y chromium (or set CHROMIUM_PATH)." >&2
  exit 1
fi
for tool in git python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "error: $tool is not installed; the tests need it (the template tests publish to git; Dagster" >&2
    echo "       runs on Python). Install it with: apt-get install -y $tool" >&2
    exit 1
  fi
done
require_free_port 7007 "backend for the end-to-end tests"
require_free_port 3100 "demo Dagster that the tests read"
require_free_port 5100 "demo AWS (moto) that the tests use"
require_free_port 7017 "backend that the API fuzzing runs against"

export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="$PG_URL"
export BACKSTAGE_TEST_DISABLE_DOCKER=1

step() { echo; echo "==> $*"; }
step "Installing dependencies"; install_dependencies
step "Starting the demo estate on real Dagster in the background (seeds its history)"
launch_demo_dagster 3100
export DAGSTER_DEMO_URL=http://127.0.0.1:3100
step "Starting the demo AWS on moto in the background"
launch_demo_aws 5100
export AWS_DEMO_ENDPOINT=http://127.0.0.1:5100
step "Type check"; yarn tsc
step "Lint"; yarn backstage-cli repo lint
step "Waiting for the demo Dagster"; wait_for_demo_dagster
step "Waiting for the demo AWS"; wait_for_demo_aws
step "Demo estate's own tests (pytest, ruff)"
(cd examples/dagster-estate && "$DAGSTER_PORTAL_VENV/bin/ruff" check . && "$DAGSTER_PORTAL_VENV/bin/ruff" format --check . && "$DAGSTER_PORTAL_VENV/bin/pytest" -q)
step "Unit and integration tests (SQLite and PostgreSQL, real Dagster, moto)"; CI=true yarn backstage-cli repo test --verbose
step "Fuzzing the dagster API from its contract (schemathesis, each demo identity)"; bash scripts/fuzz-api.sh
step "Builds"; yarn backstage-cli repo build --all
step "End-to-end tests in Chromium ($("$CHROMIUM" --version))"; CI=true yarn playwright test
echo; echo "All checks passed."
