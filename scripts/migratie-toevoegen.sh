#!/usr/bin/env bash
# Add an EF Core migration for one module context on every provider (docs/adr/0003-migrations.md).
#
#   bash scripts/migratie-toevoegen.sh <Naam> <Context> <Map> [Sqlite|Postgres|SqlServer ...]
#   bash scripts/migratie-toevoegen.sh Begin IndicatorenDbContext Indicatoren
#
# <Naam>    the migration's name (PascalCase, e.g. Begin, TaakOpmerkingen)
# <Context> the module's DbContext class (e.g. OrganisatieDbContext)
# <Map>     its folder in every migrations project, the module name (e.g. Organisatie)
# Without a provider list it adds the migration to all three: migrations/Sqlite, migrations/Postgres and
# migrations/SqlServer. No database server is needed: dotnet-ef only builds the model. The connection strings below are
# placeholders that are never opened.
#
# A new module context also needs, once: a ProjectReference to the module in each migrations project, and
# <InternalsVisibleTo Include="IdCyclus.Migrations.{Sqlite,Postgres,SqlServer}" /> in the module's csproj (its DbContext
# is internal). The script checks both and says what is missing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/common.sh

if [ $# -lt 3 ]; then
  sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi

NAAM="$1" CONTEXT="$2" MAP="$3"
shift 3
PROVIDERS=("$@")
[ ${#PROVIDERS[@]} -eq 0 ] && PROVIDERS=(Sqlite Postgres SqlServer)

[[ "$NAAM" =~ ^[A-Z][A-Za-z0-9]*$ ]] || { echo "Naam '$NAAM': gebruik PascalCase letters en cijfers (bijv. TaakOpmerkingen)." >&2; exit 2; }
[[ "$MAP" =~ ^[A-Z][A-Za-z0-9]*$ ]] || { echo "Map '$MAP': gebruik de modulenaam (bijv. Organisatie)." >&2; exit 2; }

# The context class must exist, and its module must let every migrations assembly see it and be referenced by it.
BRON="$(grep -rlE "class ${CONTEXT}\b" --include='*.cs' src | head -n 1 || true)"
[ -n "$BRON" ] || { echo "Context '$CONTEXT' niet gevonden onder src/." >&2; exit 2; }
PROJECT="$(d="$(dirname "$BRON")"; while [ "$d" != "." ] && ! compgen -G "$d/*.csproj" >/dev/null; do d="$(dirname "$d")"; done; ls "$d"/*.csproj)"
PROJECTNAAM="$(basename "$PROJECT" .csproj)"
ONTBREEKT=0
for p in "${PROVIDERS[@]}"; do
  case "$p" in Sqlite|Postgres|SqlServer) ;; *) echo "Onbekende provider '$p' (Sqlite, Postgres of SqlServer)." >&2; exit 2 ;; esac
  if ! grep -q "InternalsVisibleTo Include=\"IdCyclus.Migrations.$p\"" "$PROJECT"; then
    echo "$PROJECT mist <InternalsVisibleTo Include=\"IdCyclus.Migrations.$p\" />" >&2; ONTBREEKT=1
  fi
  if ! grep -q "$PROJECTNAAM.csproj" "migrations/$p/IdCyclus.Migrations.$p.csproj"; then
    echo "migrations/$p/IdCyclus.Migrations.$p.csproj mist een ProjectReference naar $PROJECTNAAM" >&2; ONTBREEKT=1
  fi
done
[ "$ONTBREEKT" = 0 ] || exit 1

log "dotnet build src/Host"
dotnet build src/Host -m:2 -v q -nologo
dotnet tool restore >/dev/null

for p in "${PROVIDERS[@]}"; do
  case "$p" in
    Sqlite)    ARGS=(--Database:Provider=Sqlite) ;;
    Postgres)  ARGS=(--Database:Provider=Postgres "--Database:ConnectionString=Host=127.0.0.1;Database=ontwerp") ;;
    SqlServer) ARGS=(--Database:Provider=SqlServer "--Database:ConnectionString=Server=127.0.0.1;Database=ontwerp;Encrypt=False") ;;
  esac
  log "$p: migratie $NAAM voor $CONTEXT in migrations/$p/$MAP"
  # No background work while dotnet-ef builds the host's services (it starts no host, but registers the scheduler).
  dotnet ef migrations add "$NAAM" --no-build --project "migrations/$p" --startup-project src/Host \
    --context "$CONTEXT" --output-dir "$MAP" -- "${ARGS[@]}" --Workflows:AchtergrondVerwerking=false
done

log "Klaar. Bouw en draai de modeltest: dotnet test tests/IdCyclus.Tests.Integration --filter FullyQualifiedName~ModelPerProvider"
