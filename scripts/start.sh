#!/usr/bin/env bash
# Starts the portal in demo mode on embedded defaults: app at :3000, backend at :7007,
# and the local Dagster simulator at :3100 that the demo reads from.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bootstrap.sh
. scripts/lib.sh
require_free_port 3000 "app"
require_free_port 7007 "backend"
require_free_port 3100 "Dagster simulator"
install_dependencies

yarn workspace @internal/dagster-simulator start --port 3100 &
simulator=$!
trap 'kill "$simulator" 2>/dev/null || true' EXIT
yarn start
