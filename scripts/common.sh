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
