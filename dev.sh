#!/usr/bin/env bash
# The one script a newcomer needs:
#   ./dev.sh run    run the app on the embedded PostgreSQL (http://127.0.0.1:5080)
#   ./dev.sh test   run every test and print "N passed, N failed"
#   ./dev.sh bench  the load run: the published app under wrk, every page as a share of /health/live
#                   (--instances 2: two instances behind nginx; --only TEXT: just those pages;
#                   --faults: instead, check that saves, sign-ins and pages survive restarts and a database outage)
#   ./dev.sh relearn  learn the crisis models from Care/Phrases again and write the file the app ships
#   ./dev.sh unavailable-page  draw deploy/unavailable.html again, the page nginx shows when no instance answers
# Each installs what it needs with apt (through sudo when not root) or says in one line what to install.
set -euo pipefail
cd "$(dirname "$0")"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else return 1
    fi
}

have_postgres() {
    command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && return 0
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

# $@: "package:check-command" pairs; installs the packages whose check fails.
ensure() {
    local missing=()
    for pair in "$@"; do
        local package=${pair%%:*} check=${pair#*:}
        eval "$check" >/dev/null 2>&1 || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${missing[*]} with apt..."
    if ! { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
        echo "Please install ${missing[*]} (sudo apt-get install ${missing[*]}) and run this again." >&2
        exit 1
    fi
}

command -v dotnet >/dev/null 2>&1 || { echo "Please install the .NET 10 SDK (https://dot.net) and run this again." >&2; exit 1; }

case "${1:-}" in
run)
    ensure "postgresql:have_postgres"
    shift
    exec dotnet run --project src/SelfCompassion.Web "$@"
    ;;
test)
    ensure "postgresql:have_postgres" "chromium:command -v chromium" "docker-compose:command -v docker-compose" "nginx:command -v nginx"
    results=TestResults
    rm -rf "$results"
    echo "Checking docker-compose.yml..."
    docker-compose --env-file .env.example config -q
    dotnet build SelfCompassion.sln -nologo -clp:ErrorsOnly
    echo "Checking formatting..."
    dotnet format SelfCompassion.sln --verify-no-changes --no-restore
    # This run's own scratch folder: its throwaway PostgreSQL clusters live there, and only they are swept up after,
    # so two runs on one machine never stop each other's. The server runs as 'postgres', which must reach it.
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/selfcompassion-tests.XXXXXX")
    chmod 755 "$scratch"
    sweep() { pkill -f -- "-D $scratch/" 2>/dev/null || true; pkill -f -- "-p $scratch/" 2>/dev/null || true; rm -rf "$scratch"; }
    trap sweep EXIT
    status=0
    SELFCOMPASSION_TEST_SCRATCH="$scratch" dotnet test SelfCompassion.sln --no-build -nologo --logger "trx" \
        --logger "console;verbosity=minimal" --results-directory "$results" || status=$?
    passed=0 failed=0
    for trx in "$results"/*.trx; do
        [ -e "$trx" ] || continue
        counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
        p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
        f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
        passed=$((passed + ${p:-0})) failed=$((failed + ${f:-0}))
    done
    if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
    echo "$passed passed, $failed failed"
    [ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
    ;;
bench)
    ensure "postgresql:have_postgres" "wrk:command -v wrk" "nginx:command -v nginx"
    shift
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/selfcompassion-bench.XXXXXX")
    chmod 755 "$scratch"
    sweep() { pkill -f -- "-D $scratch/" 2>/dev/null || true; pkill -f -- "$scratch/publish/SelfCompassion.Web.dll" 2>/dev/null || true; pkill -f -- "-p $scratch/" 2>/dev/null || true; rm -rf "$scratch"; }
    trap sweep EXIT
    echo "Publishing the app in Release..."
    dotnet publish src/SelfCompassion.Web -c Release -o "$scratch/publish" -nologo -v q
    dotnet build tests/SelfCompassion.Benchmarks -c Release -nologo -v q -clp:ErrorsOnly
    SELFCOMPASSION_TEST_SCRATCH="$scratch" SELFCOMPASSION_APP="$scratch/publish" SELFCOMPASSION_RESULTS="$PWD" SELFCOMPASSION_REPO="$PWD" \
        dotnet tests/SelfCompassion.Benchmarks/bin/Release/net10.0/SelfCompassion.Benchmarks.dll load "$@"
    ;;
unavailable-page)
    exec dotnet run --project src/SelfCompassion.Web -- unavailable-page "$PWD/deploy/unavailable.html"
    ;;
relearn)
    SELFCOMPASSION_REPO="$PWD" dotnet run -c Release --project tests/SelfCompassion.Benchmarks -- relearn
    ;;
*)
    echo "Usage: ./dev.sh run | ./dev.sh test | ./dev.sh bench | ./dev.sh relearn | ./dev.sh unavailable-page" >&2
    exit 2
    ;;
esac
