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

echo
echo "IdCyclus start op ${URL}"
echo "Meld u aan via ${URL}/aanmelden en kies een demopersoon per rol (bijv. de projectleider van Bureau I&D)"
echo "Stoppen: Ctrl+C"
echo

# --no-launch-profile: launchSettings.json would otherwise set its own URL and override IDCYCLUS_PORT.
# exec: Ctrl+C / signals go straight to dotnet.
export ASPNETCORE_ENVIRONMENT=Development
exec dotnet run --no-build --no-launch-profile --project src/Host --urls "$URL"
