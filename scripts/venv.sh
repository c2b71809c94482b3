# ensure_venv DIR LOCK LABEL MIN MAX: makes the virtual environment DIR from the pinned,
# hashed LOCK (pip --require-hashes --no-deps) with the machine's python3, which must be
# between MIN and MAX (e.g. 3.10 and 3.13). Idempotent: reinstalls only when the lock or the
# Python version changed (stamp in DIR/.installed-lock).
ensure_venv() {
  local venv="$1" lock="$2" label="$3" min="$4" max="$5"
  if ! command -v python3 >/dev/null 2>&1; then
    echo "error: python3 is missing; $label needs Python $min to $max (apt-get install -y python3 python3-venv)." >&2
    exit 1
  fi
  if ! python3 -c 'import sys; lo, hi = (tuple(map(int, v.split("."))) for v in sys.argv[1:]); sys.exit(0 if lo <= sys.version_info[:2] <= hi else 1)' "$min" "$max"; then
    echo "error: python3 is $(python3 -c 'import platform; print(platform.python_version())'); $label needs Python $min to $max." >&2
    exit 1
  fi
  local want
  want="$(python3 -c 'import hashlib,platform,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest()[:16], platform.python_version())' "$lock")"
  if [ "$(cat "$venv/.installed-lock" 2>/dev/null)" != "$want" ]; then
    echo "python: installing $label into ${venv#"$ROOT/"} from ${lock#"$ROOT/"}" >&2
    mkdir -p "$(dirname "$venv")"
    python3 -m venv --clear "$venv"
    local log="$venv.pip.log"
    if ! "$venv/bin/pip" install --disable-pip-version-check --no-input --require-hashes --no-deps \
        -r "$lock" >"$log" 2>&1; then
      echo "error: pip could not install ${lock#"$ROOT/"} from PyPI (is the registry reachable? see $log): $(grep -E 'ERROR|Error' "$log" | tail -1)" >&2
      exit 1
    fi
    echo "$want" >"$venv/.installed-lock"
  fi
}
