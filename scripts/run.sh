#!/usr/bin/env bash
# Start IdCyclus locally on a fresh machine: front-end packages, local .NET tools, build, run.
# In Development the host migrates its SQLite file (src/Host/data) and seeds demo data on start.
# Port: IDCYCLUS_PORT (default 5080).
set -euo pipefail

# Work from the repository root whatever the caller's directory.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/common.sh

PORT="${IDCYCLUS_PORT:-5080}"
URL="http://localhost:${PORT}"

ensure_node_modules
dotnet tool restore            # dotnet-ef (local tool manifest in .config/)
dotnet build src/Host -c Debug

# Fail early with a clear message instead of Kestrel's "address already in use" stack trace.
if port_in_use "$PORT"; then
  echo "Poort ${PORT} is al in gebruik. Stop dat proces of kies een andere poort: IDCYCLUS_PORT=5081 bash scripts/run.sh" >&2
  exit 1
fi

# Mail: the host sends to 127.0.0.1:1025 (Smtp:Poort). maildev catches it there and shows it in the browser, unless
# port 1025 is taken (then something else, perhaps a maildev of your own, already receives the mail).
MAILDEV_URL=
if port_in_use 1025; then
  log "Poort 1025 is al in gebruik: maildev niet gestart, de mail gaat naar wat daar luistert"
else
  MAILDEV_WEB="$(first_free_port 1080 1025)" || true
  if [ -n "$MAILDEV_WEB" ] && start_maildev 1025 "$MAILDEV_WEB" "${TMPDIR:-/tmp}/idcyclus-maildev.log"; then
    MAILDEV_URL="http://localhost:${MAILDEV_WEB}"
  else
    log "maildev start mislukt (zie ${TMPDIR:-/tmp}/idcyclus-maildev.log); de app draait, maar verzonden mail is niet te bekijken"
  fi
fi
trap stop_maildev EXIT

echo
echo "IdCyclus start op ${URL}"
echo "Meld u aan via ${URL}/aanmelden en kies een demopersoon per rol (bijv. de projectleider van Bureau I&D)"
[ -n "$MAILDEV_URL" ] && echo "Verzonden mail bekijken: ${MAILDEV_URL}"
echo "Stoppen: Ctrl+C"
echo

# The built host itself (what `dotnet run --no-build` starts, minus the wrapper process and launchSettings.json, which
# would set its own URL), from src/Host: that folder is its content root (appsettings*.json, data/).
# Not exec'd, so that the EXIT trap can stop maildev afterwards. A script's background job ignores SIGINT, hence
# `trap - INT QUIT` in the subshell. Ctrl+C in a terminal reaches the host directly; we also pass on SIGINT/SIGTERM
# sent to this script only (SIGHUP as SIGTERM: the host shuts down gracefully on INT and TERM). Then we wait until
# the host has really stopped.
export ASPNETCORE_ENVIRONMENT=Development
( trap - INT QUIT; cd src/Host && exec dotnet bin/Debug/net10.0/IdCyclus.Host.dll --urls "$URL" ) &
APP_PID=$!
trap 'kill -INT "$APP_PID" 2>/dev/null || true' INT
trap 'kill -TERM "$APP_PID" 2>/dev/null || true' TERM HUP
set +e
while :; do
  wait "$APP_PID"
  APP_RC=$?
  kill -0 "$APP_PID" 2>/dev/null || break   # wait returned because of a signal: the host may still be stopping
done
exit "$APP_RC"
