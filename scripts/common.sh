# Shared helpers for scripts/run.sh and scripts/test.sh (sourced, not executed).
# Expects the caller to have done `set -euo pipefail` and to be in the repository root.

# Quiet, non-interactive .NET CLI (no banner, no telemetry calls to a network we cannot reach).
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '==> %s\n' "$*" >&2; }

# Run a command as root: directly when we are root (CI, this machine), via sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# True when something already listens on 127.0.0.1:$1 (bash's /dev/tcp: no ss/netcat needed).
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The host copies the Amsterdam Design System assets out of node_modules and the browser tests read
# node_modules/axe-core/axe.min.js, so node_modules must match package-lock.json.
# npm writes node_modules/.package-lock.json on every install: if that is missing or older than the
# lock file (or package.json), reinstall. --legacy-peer-deps: design-system-css 4.5.0 asks for
# assets 2.7.0 as a peer, we pin 2.6.0 on purpose.
ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ] \
     || [ package.json -nt node_modules/.package-lock.json ]; then
    log "npm ci (node_modules ontbreekt of is verouderd)"
    npm ci --legacy-peer-deps --no-audit --no-fund --no-progress
  fi
}

# First port from $1 up (at most 50 tries) on which nothing listens on 127.0.0.1; skips $2 (a port already chosen).
first_free_port() {
  local port="$1" skip="${2:-}"
  for _ in $(seq 1 50); do
    if [ "$port" != "$skip" ] && ! port_in_use "$port"; then echo "$port"; return 0; fi
    port=$((port + 1))
  done
  return 1
}

# True when an HTTP server on 127.0.0.1:$1 answers GET $2 with 200 (plain bash, no curl needed).
http_ok() {
  timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n" "$2" >&3
    IFS= read -r status <&3 && [[ "$status" == HTTP/1.?" 200"* ]]' _ "$1" "$2" 2>/dev/null
}

# maildev (npm devDependency): a local SMTP server that keeps every mail and shows it in a web page.
# start_maildev SMTP_PORT WEB_PORT LOG_FILE: start it on 127.0.0.1 in the background (MAILDEV_PID) and wait (at most
# 30 s) until its web port answers. Returns 1, with MAILDEV_PID empty, when it stopped or never answered.
# The mails live in a temp folder of our own (maildev leaves its default /tmp/maildev-<pid> behind), removed on stop.
MAILDEV_PID=
MAILDEV_DIR=
start_maildev() {
  local smtp="$1" web="$2" logfile="$3"
  MAILDEV_DIR="$(mktemp -d /tmp/idcyclus-maildev.XXXXXX)"
  # Own output file: maildev must not hold the caller's stdout (test.sh pipes it through tee).
  node_modules/.bin/maildev --smtp "$smtp" --web "$web" --ip 127.0.0.1 --mail-directory "$MAILDEV_DIR" \
    >"$logfile" 2>&1 </dev/null &
  MAILDEV_PID=$!
  for _ in $(seq 1 150); do
    if ! kill -0 "$MAILDEV_PID" 2>/dev/null; then
      wait "$MAILDEV_PID" 2>/dev/null || true
      MAILDEV_PID=
      rm -rf "$MAILDEV_DIR"; MAILDEV_DIR=
      return 1
    fi
    if http_ok "$web" /email && port_in_use "$smtp"; then return 0; fi
    sleep 0.2
  done
  stop_maildev
  return 1
}

# Stop the maildev started by start_maildev (TERM, after 5 s KILL); safe to call twice or when none runs.
stop_maildev() {
  local pid="${MAILDEV_PID:-}"
  MAILDEV_PID=
  if [ -n "$pid" ] && kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  if [ -n "${MAILDEV_DIR:-}" ]; then rm -rf "$MAILDEV_DIR"; MAILDEV_DIR=; fi
}
