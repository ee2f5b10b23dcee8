#!/usr/bin/env bash
# Run EVERY test on a clean machine: install what the tests need (Debian chromium + PostgreSQL, npm
# packages), start a throwaway PostgreSQL, build once, run `dotnet test`, and end with one plain line
# `N passed, N failed[, N skipped]` (the CI reader does not understand VSTest's own summary).
# Extra arguments go to `dotnet test`, e.g.  bash scripts/test.sh --filter "FullyQualifiedName~Toegang"
# Env: IDCYCLUS_PG_PORT (first port to try, default 55432); IDCYCLUS_MAILDEV_SMTP_PORT / IDCYCLUS_MAILDEV_WEB_PORT
# (first ports to try for maildev, the SMTP catcher of the browser tests; default 1025 / 1080).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/common.sh

# Hundreds of test hosts (WebApplicationFactory, the CLI verbs, the browser hosts) start in parallel test processes, and
# each would watch its appsettings files with an inotify instance of its own. Linux allows 128 per user by default, and
# a full run came within one of it ("The configured user limit (128) on the number of inotify instances has been
# reached"). Tests never change a settings file while a host runs, so the hosts read them once and watch nothing.
export DOTNET_hostBuilder__reloadConfigOnChange=false
export DOTNET_USE_POLLING_FILE_WATCHER=true

# Always end with the summary line, also when we stop before the tests ran (build error etc.).
summary_fail() { echo "0 passed, 1 failed"; exit 1; }

# --- 1. System packages: Chromium (PDF and browser tests), poppler-utils and a PostgreSQL server -----------------
pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ ! -x /usr/bin/chromium ] || ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || ! command -v pdftotext >/dev/null; then
  # poppler-utils: pdftotext/pdfinfo check the report's PDF (Rapportage tests).
  log "apt-get install chromium postgresql poppler-utils"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium postgresql poppler-utils
fi
PG_BIN="$(pg_bindir)"
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL initdb niet gevonden" >&2; summary_fail; }

# --- 2. npm packages (axe-core for the accessibility tests, maildev, design-system assets for the host)
ensure_node_modules || summary_fail

# --- 3. Build once; the tests then run with --no-build -------------------------------------------
log "dotnet build IdCyclus.sln -c Release"
dotnet build IdCyclus.sln -c Release -m:2 || summary_fail

# --- 4. Throwaway PostgreSQL ----------------------------------------------------------------------
# initdb/postgres refuse to run as root, so as root we run them as user `postgres` (created by the
# Debian package); as a normal user we simply run them as ourselves.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
PG_TMP="$(mktemp -d /tmp/idcyclus-pg.XXXXXX)"
PG_DATA="$PG_TMP/data"
PG_STARTED=0
cleanup() {
  local rc=$?
  set +e
  if [ "$PG_STARTED" = 1 ]; then
    # Throwaway data: immediate stop is fine and fast.
    (cd "$PG_TMP" && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1)
  fi
  rm -rf "$PG_TMP"
  stop_maildev
  # In CI, don't leave MSBuild/Roslyn build servers running after the job.
  [ -n "${CI:-}" ] && dotnet build-server shutdown >/dev/null 2>&1
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT     # Ctrl-C: exit, which runs cleanup
trap 'exit 143' TERM

chmod 755 "$PG_TMP"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_TMP"
# cd into the temp dir: postgres may not be allowed into the caller's directory.
(cd "$PG_TMP" && as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust >"$PG_TMP/initdb.log" 2>&1) \
  || { cat "$PG_TMP/initdb.log" >&2; summary_fail; }

# Take the first free port from 55432 up; retry on the next one if the start still fails (race).
PG_PORT="${IDCYCLUS_PG_PORT:-55432}"
for _ in $(seq 1 20); do
  if ! port_in_use "$PG_PORT"; then
    # -k: the socket goes into our own temp dir (no /var/run/postgresql needed).
    # -l: the server logs to a file and does not keep our stdout open.
    if (cd "$PG_TMP" && as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_TMP/postgres.log" -w -t 60 \
          -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_TMP -c fsync=off -c max_connections=200" \
          start >/dev/null); then
      PG_STARTED=1
      break
    fi
  fi
  PG_PORT=$((PG_PORT + 1))
done
if [ "$PG_STARTED" != 1 ]; then
  echo "PostgreSQL start mislukt" >&2
  tail -n 20 "$PG_TMP/postgres.log" >&2 2>/dev/null || true
  summary_fail
fi
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') draait op 127.0.0.1:$PG_PORT (data: $PG_DATA)"

# Tests create and drop their own databases on this server.
export IDCYCLUS_TEST_POSTGRES="Host=127.0.0.1;Port=${PG_PORT};Username=postgres;Include Error Detail=true"
export IDCYCLUS_CHROMIUM=/usr/bin/chromium

# --- 5. maildev: the SMTP server the host of the browser tests sends its mail to --------------------
# First free ports from 1025 (SMTP) and 1080 (web) up; on a failed start (a port taken meanwhile) try the next ones.
mkdir -p TestResults
MAILDEV_LOG="TestResults/maildev.log"
SMTP_PORT="${IDCYCLUS_MAILDEV_SMTP_PORT:-1025}"
WEB_PORT="${IDCYCLUS_MAILDEV_WEB_PORT:-1080}"
MAILDEV_OK=0
for _ in $(seq 1 5); do
  SMTP_PORT="$(first_free_port "$SMTP_PORT")" && WEB_PORT="$(first_free_port "$WEB_PORT" "$SMTP_PORT")" || break
  if start_maildev "$SMTP_PORT" "$WEB_PORT" "$MAILDEV_LOG"; then
    MAILDEV_OK=1
    break
  fi
  SMTP_PORT=$((SMTP_PORT + 1)); WEB_PORT=$((WEB_PORT + 1))
done
if [ "$MAILDEV_OK" != 1 ]; then
  echo "maildev start mislukt" >&2
  tail -n 20 "$MAILDEV_LOG" >&2 2>/dev/null || true
  summary_fail
fi
log "maildev $(node -p 'require("./node_modules/maildev/package.json").version') vangt mail op 127.0.0.1:$SMTP_PORT (bekijken: http://127.0.0.1:$WEB_PORT)"
export IDCYCLUS_TEST_SMTP_PORT="$SMTP_PORT"
export IDCYCLUS_TEST_MAILDEV_URL="http://127.0.0.1:$WEB_PORT"

# --- 6. Tests ---------------------------------------------------------------------------------------
LOG="TestResults/test-run.log"
log "dotnet test (log: $LOG)"
set +e
dotnet test IdCyclus.sln -c Release --no-build --logger "console;verbosity=normal" "$@" 2>&1 | tee "$LOG"
TEST_RC=${PIPESTATUS[0]}
set -e

# --- 7. One summary line ---------------------------------------------------------------------------
# VSTest prints per test assembly either (minimal verbosity)
#   Passed!  - Failed:     0, Passed:    38, Skipped:     0, Total:    38, Duration: ...
# or (normal verbosity, what we use) a block
#   Total tests: 38 /     Passed: 38 /     Failed: 0 /    Skipped: 0
# Blocks of parallel assemblies may interleave, so we sum the lines one by one.
read -r PASSED FAILED SKIPPED ASSEMBLIES < <(
  sed -e 's/\x1b\[[0-9;]*m//g' -e 's/\r$//' "$LOG" | awk '
    function num(s, key,   m) { return match(s, key ": *[0-9]+") ? substr(s, RSTART + length(key) + 1) + 0 : 0 }
    /(Passed|Failed)! +- +Failed: *[0-9]+, *Passed: *[0-9]+/ {
      bf += num($0, "Failed"); bp += num($0, "Passed"); bs += num($0, "Skipped"); bn++; next }
    /^Total tests: *[0-9]+/          { tn++; next }
    # Not anchored at the end: a log line of a test host written at the same moment can follow the number on the same
    # line ("Passed: 214warn: ..."), which an anchored pattern skipped (1848 instead of 2062 counted once).
    /^ *Passed: *[0-9]+/             { tp += num($0, "Passed") }
    /^ *Failed: *[0-9]+/             { tf += num($0, "Failed") }
    /^ *Skipped: *[0-9]+/            { ts += num($0, "Skipped") }
    END { if (bn > 0) print bp+0, bf+0, bs+0, bn; else print tp+0, tf+0, ts+0, tn+0 }')

if [ "$ASSEMBLIES" -eq 0 ]; then
  echo "Geen enkele testassembly gedraaid (dotnet test exit $TEST_RC)." >&2
  PASSED=0; FAILED=1; SKIPPED=0
elif [ "$TEST_RC" -ne 0 ] && [ "$FAILED" -eq 0 ]; then
  # Non-zero exit without counted failures: crash, aborted test host, ... still a failure.
  echo "dotnet test eindigde met exit $TEST_RC zonder getelde fouten." >&2
  FAILED=1
fi

# The CI reader shows only the end of the output: name the failed tests (and the first line of their
# message) right above the summary, so a failure can be read there without the full log.
if [ "$FAILED" -gt 0 ]; then
  echo "Mislukte tests:"
  sed -e 's/\x1b\[[0-9;]*m//g' -e 's/\r$//' "$LOG" | awk '
    /^  Failed [A-Za-z]/ { name = $0; sub(/^  Failed /, "", name); want = 1; next }
    want && /^  Error Message:/ { next }
    want && NF { print "  - " name " :: " substr($0, 1, 300); want = 0 }'
fi
line="$PASSED passed, $FAILED failed"
[ "$SKIPPED" -gt 0 ] && line="$line, $SKIPPED skipped"
echo "$line"
[ "$FAILED" -eq 0 ]
