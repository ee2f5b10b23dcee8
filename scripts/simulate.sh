#!/usr/bin/env bash
# Runs `simulate` (docs/simulatie.md) the fastest way this machine allows (ADR 0037):
#  - on a host published once with ReadyToRun, so a run does not spend seconds compiling the code it meets for the
#    first time; published again only when a file under src/ or a build setting changed since;
#  - at normal size, with the runtime settings of a batch process, for this one process (the web host keeps its own).
# Every argument goes to `simulate`, e.g.  bash scripts/simulate.sh --definition benoem-een-trekker --from 2025-03-01 --to 2025-05-31
set -euo pipefail
# No cd: relative paths in the arguments (--behaviour, --database) stay relative to where the person called it from.
repo="$(cd "$(dirname "$0")/.." && pwd)"

# Outside the projects' own bin/ and obj/: a publish for one runtime must not change what `dotnet build` and the tests use.
map="$repo/artifacts/simulatie"
host=$map/host/IdCyclus.Host.dll
stempel=$map/gepubliceerd

verouderd() {
  if [ ! -f "$stempel" ] || [ ! -f "$host" ]; then
    return 0
  fi
  [ -n "$(find "$repo/src" \( -name bin -o -name obj -o -name node_modules \) -prune -o -type f -newer "$stempel" -print -quit)" ] \
    || [ -n "$(find "$repo" -maxdepth 1 -type f \( -name '*.props' -o -name global.json -o -iname nuget.config \) -newer "$stempel" -print -quit)" ]
}

# The batch settings (ADR 0037) only for a run at normal size: a few seconds, better off with optimised code at once
# than with profile-guided code later. A run at --schaal above 1 takes minutes, and there the runtime's own tiering
# with its profile is faster (100x: 252 s with it, 276 s without, docs/benchmarks.md).
schaal=1
vorige=
for argument in "$@"; do
  if [ "$vorige" = --schaal ]; then schaal=$argument; fi
  vorige=$argument
done
if [ "$schaal" = 1 ]; then instellingen=batch; else instellingen=standaard; fi

# For this script's own test (SimulatieScriptTests): only say whether a run would publish first, and with which settings.
if [ "${IDCYCLUS_SIMULATIE_CONTROLE:-}" = 1 ]; then
  if verouderd; then echo verouderd; else echo actueel; fi
  echo "$instellingen"
  exit 0
fi

if verouderd; then
  echo "simulate: de host wordt voorgecompileerd (ReadyToRun); dat gebeurt alleen na een wijziging en duurt een paar minuten." >&2
  # The stamp carries the moment the publish began: a file saved while it runs is newer, so the next run publishes again.
  mkdir -p "$map"
  rm -f "$stempel"
  touch "$stempel.nieuw"
  # A simulation shows no pages, so the house style from npm (warning IDC001 when node_modules is missing) is not needed.
  dotnet publish "$repo/src/Host" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -p:MSBuildWarningsAsMessages=IDC001 --artifacts-path "$map/bouw" -o "$map/host" -v q -nologo >&2
  mv "$stempel.nieuw" "$stempel"
fi

# Tiered PGO and the call-counting delay serve a long-running process; workstation GC: one heap for a single-threaded
# batch instead of the web host's per-core server heaps. For this process only: the web host keeps its own settings.
if [ "$instellingen" = batch ]; then
  export DOTNET_TieredPGO=0 DOTNET_TC_CallCountingDelayMs=0 DOTNET_gcServer=0
fi
exec dotnet "$host" simulate "$@"
