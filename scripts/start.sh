#!/usr/bin/env bash
# Starts the portal in demo mode on embedded defaults: app at :3000, backend at :7007,
# the real Dagster (webserver + daemon) serving the demo estate at :3100, and moto (the demo's
# AWS: ECS, Lambda, Batch) at :5100.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bootstrap.sh
. scripts/python.sh
. scripts/lib.sh
require_free_port 3000 "app"
require_free_port 7007 "backend"
require_free_port 3100 "demo Dagster webserver"
require_free_port 5100 "demo AWS (moto)"
install_dependencies

echo "start: materialising the demo estate's history, then starting Dagster at :3100 (about a minute)"
launch_demo_aws 5100
export AWS_DEMO_ENDPOINT=http://127.0.0.1:5100
launch_demo_dagster 3100
wait_for_demo_aws
wait_for_demo_dagster
yarn start
