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

# Stops the background service $1 (a pid) when this script exits, with the others so marked.
BACKGROUND_PIDS=()
stop_on_exit() {
  BACKGROUND_PIDS+=("$1")
  trap 'kill "${BACKGROUND_PIDS[@]}" 2>/dev/null || true; wait "${BACKGROUND_PIDS[@]}" 2>/dev/null || true' EXIT
}

# Starts the real Dagster serving the demo estate on port $1 (seeded history, with the
# daemon) in the background; sets DAGSTER_PID. The log is .tools/dagster-demo.log.
# Node runs the CLI directly (not through yarn) so that a TERM reaches it and it stops Dagster.
launch_demo_dagster() {
  local port="$1"
  mkdir -p .tools
  : >.tools/dagster-demo.log
  node --require @backstage/cli/config/nodeTransform.cjs packages/local-dagster/src/cli.ts \
    --port "$port" --daemon >.tools/dagster-demo.log 2>&1 &
  DAGSTER_PID=$!
  stop_on_exit "$DAGSTER_PID"
}

# Waits until the background service $1 (a pid) writes $3 to its log $2; $4 names it in the
# error (with the log's end) when it dies first.
wait_for_log() {
  local pid="$1" log="$2" mark="$3" name="$4"
  while ! grep -q "$mark" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "error: $name did not start; its log ($log) ends:" >&2
      tail -n 30 "$log" >&2
      exit 1
    fi
    sleep 1
  done
  grep "$mark" "$log"
}

# Waits until the Dagster started by launch_demo_dagster has loaded every code location.
wait_for_demo_dagster() {
  wait_for_log "$DAGSTER_PID" .tools/dagster-demo.log 'Dagster ready at' 'the demo Dagster'
}

# Starts moto, the demo's AWS, on port $1 with the demo's ECS, Lambda and Batch set up, in the
# background; sets AWS_PID. The log (the set-up's ids, then moto's requests) is .tools/aws-demo.log.
launch_demo_aws() {
  local port="$1"
  mkdir -p .tools
  : >.tools/aws-demo.log
  node --require @backstage/cli/config/nodeTransform.cjs packages/local-aws/src/cli.ts \
    --port "$port" --log .tools/aws-demo.log >>.tools/aws-demo.log 2>&1 &
  AWS_PID=$!
  stop_on_exit "$AWS_PID"
}

# Waits until the moto started by launch_demo_aws is set up.
wait_for_demo_aws() {
  wait_for_log "$AWS_PID" .tools/aws-demo.log 'moto ready at' 'the demo AWS (moto)'
}
