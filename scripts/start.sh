#!/usr/bin/env bash
# Starts the portal in demo mode on embedded defaults: app at :3000, backend at :7007.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bootstrap.sh
. scripts/lib.sh
require_free_port 3000 "app"
require_free_port 7007 "backend"
install_dependencies
exec yarn start
