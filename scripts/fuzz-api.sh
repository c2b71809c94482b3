#!/usr/bin/env bash
# Fuzzes the dagster backend's API from its own contract (/api/dagster/openapi.json)
# with schemathesis, once per demo identity (the guest, Dana, Morgan, Sam), on a real
# backend in demo mode reading the demo Dagster of app-config.yaml (127.0.0.1:3100, which
# make test starts).
# Fails on any server error (5xx) or any answer that breaks the contract.
# Bounded: FUZZ_MAX_EXAMPLES cases per operation (default 25), FUZZ_MAX_TIME seconds
# per identity (default 60), 20 s per request.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bootstrap.sh
. scripts/python.sh

PORT="${FUZZ_PORT:-7017}"
BASE="http://localhost:$PORT"
LOG=.tools/fuzz-backend.log
REPORTS=test-results/fuzz
mkdir -p .tools "$REPORTS"

# The demo backend from its sources without watching them (a change must not restart
# it mid-run), in its own process group so that stopping it stops all of it.
(cd packages/backend &&
  APP_CONFIG_app_baseUrl="$BASE" APP_CONFIG_backend_baseUrl="$BASE" \
    APP_CONFIG_backend_listen_port="$PORT" APP_CONFIG_backend_cors_origin="$BASE" \
    APP_CONFIG_dagster_demoRepositories_directory="$(mktemp -d)" \
    APP_CONFIG_catalog_providers_dagster_schedule_initialDelay='{"seconds":2}' \
    NODE_ENV=development exec setsid node --require @backstage/cli/config/nodeTransform.cjs src/index.ts \
    --config ../../app-config.yaml) >"$LOG" 2>&1 &
BACKEND_PID=$!
trap 'kill -- -"$BACKEND_PID" 2>/dev/null || true' EXIT

# A Backstage token for an identity: the guest, or a demo identity by name.
token_for() {
  local provider=guest header=()
  if [ "$1" != guest ]; then provider=demo; header=(-H "x-demo-user: $1"); fi
  curl -fsS "${header[@]}" -H 'x-requested-with: XMLHttpRequest' \
    "$BASE/api/auth/$provider/refresh?env=development" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).backstageIdentity.token))'
}

echo "fuzz: waiting for the backend at $BASE (log: $LOG)"
# Up when every plugin answers (each says 503 until the backend has started): the
# contract, and a guest sign-in.
for _ in $(seq 1 240); do
  if curl -fsS "$BASE/api/dagster/openapi.json" >/dev/null 2>&1 && token_for guest >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$BACKEND_PID" 2>/dev/null; then
    echo "error: the backend did not start; its log ends:" >&2
    tail -n 30 "$LOG" >&2
    exit 1
  fi
  sleep 1
done

# The examples of the contract name demo entities: wait until the catalog has read them
# from Dagster, so the fuzzing reaches lineage and checks that answer 200.
# (A demo identity signs in once the catalog has read the example organisation.)
for _ in $(seq 1 120); do
  if dana="$(token_for dana.datateam 2>/dev/null)" && curl -fsS -H "Authorization: Bearer $dana" \
    "$BASE/api/catalog/entities/by-name/resource/default/claims.silver.claims_clean" >/dev/null 2>&1; then
    break
  fi
  sleep 1
done

status=0
for who in guest dana.datateam morgan.manager sam.steward; do
  echo; echo "==> schemathesis as $who"
  token="$(token_for "$who")"
  # Checks: every one that applies to a contract without links between operations.
  # positive_data_acceptance is left out: valid-looking input is still refused by
  # rules beyond the schema (an entityRef that is not in the catalog is a 404, a
  # project name taken is a 409), answers the contract documents.
  if ! "$DAGSTER_PORTAL_VENV/bin/schemathesis" run "$BASE/api/dagster/openapi.json" \
    --header "Authorization: Bearer $token" \
    --checks all --exclude-checks positive_data_acceptance \
    --max-examples "${FUZZ_MAX_EXAMPLES:-25}" --max-time "${FUZZ_MAX_TIME:-60}" \
    --request-timeout 20 --seed 20261201 --workers 2 \
    --phases examples,coverage,fuzzing \
    --report junit --report-junit-path "$REPORTS/$who.xml" \
    --output-sanitize true; then
    status=1
  fi
done
exit "$status"
