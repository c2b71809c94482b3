# Shared helpers for start.sh and test.sh.

# Fails with a message naming the port when something already listens on it.
require_free_port() {
  local port="$1" what="$2"
  if ! node -e "const s=require('net').createServer();s.once('error',()=>process.exit(1));s.listen($port,()=>s.close(()=>process.exit(0)))"; then
    echo "error: port $port is already in use, so the $what cannot start there." >&2
    echo "       Stop whatever listens on it (is the portal already running? try: ss -ltnp 'sport = :$port')." >&2
    exit 1
  fi
}

install_dependencies() {
  if [ -n "${CI:-}" ]; then
    yarn install --immutable
  else
    yarn install
  fi
}
