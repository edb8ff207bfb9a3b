#!/usr/bin/env bash
# Backboard's two everyday commands, for a fresh machine of our kind (Debian, root, no Docker engine):
#   ./backboard.sh demo   build, then start the dashboard with the demo clinic on http://localhost:8080
#                         (PORT=... for another port); the address is printed once the app answers
#   ./backboard.sh test   run every test (unit, PostgreSQL, browserless and Chromium end-to-end)
#   ./backboard.sh generate [N]  load a deterministic clinic of N patients (default 200, up to 1,000,000)
#                                into the demo database, with progress, then stop
#   ./backboard.sh bench  the benchmark harness: generator, server-side and Chromium timings, heap per
#                         session at 100,000 patients (not part of the tests)
# Each picks a JDK >= 21, and makes sure PostgreSQL (and, for tests, Chromium) is there.
set -euo pipefail
cd "$(dirname "$0")"

DB_USER=backboard
DB_PASSWORD=backboard

say() { printf '\033[1m[backboard]\033[0m %s\n' "$*"; }
die() { printf '[backboard] %s\n' "$*" >&2; exit 1; }

java_major() {  # prints 0 for anything that is not a working java
  local major
  major=$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1) || true
  echo "${major:-0}"
}

APT_UPDATED=
apt_install() {
  [ -n "$APT_UPDATED" ] || { apt-get update -qq; APT_UPDATED=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    return
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(java_major "$dir/bin/java")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$dir; best_major=$major; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null; then
    dir=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    [ "$(java_major "$dir/bin/java")" -ge 21 ] && best=$dir
  fi
  [ -n "$best" ] || die "Backboard needs a JDK 21 or newer. Install one (for example Temurin 21) and set JAVA_HOME."
  export JAVA_HOME=$best
  say "using JDK at $JAVA_HOME"
}

as_postgres() {  # psql as a database superuser: postgres over TCP (trust), the compose superuser, or the local socket
  export PGCONNECT_TIMEOUT=5
  if psql -w -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -w -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -tAq "$@"
  elif PGPASSWORD=$DB_PASSWORD psql -w -h 127.0.0.1 -U "$DB_USER" -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    PGPASSWORD=$DB_PASSWORD psql -w -h 127.0.0.1 -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 -tAq "$@"
  else
    (cd /tmp && su postgres -c "psql -d postgres -v ON_ERROR_STOP=1 -tAq $(printf '%q ' "$@")")
  fi
}

ensure_postgres() {
  if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; then return; fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing PostgreSQL"
      apt_install postgresql postgresql-contrib
    elif docker compose version >/dev/null 2>&1; then
      say "starting PostgreSQL with docker compose"
      command -v psql >/dev/null || die "The compose database is up; the scripts also need the psql client (apt-get install postgresql-client)."
      docker compose up -d --wait db
      return
    else
      die "PostgreSQL is needed: install it (apt-get install postgresql) or start it with 'docker compose up -d db'."
    fi
  fi
  say "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return; sleep 1; done
  die "PostgreSQL did not start on 127.0.0.1:5432"
}

ensure_role() {  # the application's role; kept able to log in and to create the test databases
  if [ "$(as_postgres -c "select 1 from pg_roles where rolname = '$DB_USER'")" != 1 ]; then
    as_postgres -c "create role $DB_USER login createdb password '$DB_PASSWORD'"
  else
    as_postgres -c "alter role $DB_USER login createdb password '$DB_PASSWORD'"
  fi
}

ensure_database() {  # $1 = name
  if [ "$(as_postgres -c "select 1 from pg_database where datname = '$1'")" != 1 ]; then
    as_postgres -c "create database $1 owner $DB_USER"
  fi
}

answers() {  # $1 = port: whether the app answers HTTP there
  if command -v curl >/dev/null; then curl -s -o /dev/null "http://localhost:$1/login"
  else (exec 3<>"/dev/tcp/localhost/$1") 2>/dev/null; fi
}

ensure_chromium() {  # the end-to-end tests launch /usr/bin/chromium
  if [ -x /usr/bin/chromium ]; then return; fi
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null \
    || die "The end-to-end tests need Chromium at /usr/bin/chromium (apt-get install chromium)."
  say "installing Chromium for the end-to-end tests"
  apt_install chromium
}

case "${1:-}" in
  demo)
    pick_jdk; ensure_postgres; ensure_role; ensure_database backboard
    say "building Backboard (about 20 s)…"
    ./mvnw -B -q -DskipTests package
    port=${PORT:-8080}
    say "starting Backboard with the demo clinic on port $port…"
    "$JAVA_HOME/bin/java" -jar ui/target/backboard.jar --spring.profiles.active=demo &
    app=$!
    trap 'kill "$app" 2>/dev/null' INT TERM
    # announce the address only once the sign-in page answers (or say so if the app stopped)
    until answers "$port"; do
      kill -0 "$app" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$app" 2>/dev/null; then
      say "Backboard is up: open http://localhost:$port and sign in as lead / demo-lead or therapist1 / demo-therapist (Ctrl-C stops it)"
    fi
    status=0
    wait "$app" || status=$?
    # Ctrl-C interrupts the first wait; wait again for the app's own exit status
    if kill -0 "$app" 2>/dev/null; then wait "$app" || status=$?; fi
    exit "$status"
    ;;
  generate)
    pick_jdk; ensure_postgres; ensure_role; ensure_database backboard
    ./mvnw -B -q -DskipTests package
    say "loading a clinic of ${2:-200} patients into the database backboard (the demo's)"
    exec "$JAVA_HOME/bin/java" -jar ui/target/backboard.jar --spring.profiles.active=demo --server.port=0 \
      --backboard.demo.patients="${2:-200}" --backboard.demo.exit-when-loaded=true
    ;;
  test)
    pick_jdk; ensure_postgres; ensure_role; ensure_chromium
    as_postgres -c "drop database if exists backboard_test with (force)"
    ensure_database backboard_test
    export BACKBOARD_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/backboard_test
    export BACKBOARD_TEST_DB_USER=$DB_USER BACKBOARD_TEST_DB_PASSWORD=$DB_PASSWORD
    ./mvnw -B verify
    ;;
  bench)
    # the benchmark harness in a fresh database of its own: the generator is timed loading
    # BACKBOARD_BENCH_PATIENTS (default 100000), then server-side and Chromium benchmarks run on it
    pick_jdk; ensure_postgres; ensure_role; ensure_chromium
    patients=${BACKBOARD_BENCH_PATIENTS:-100000}
    as_postgres -c "drop database if exists backboard_bench with (force)"
    ensure_database backboard_bench
    ./mvnw -B -q -DskipTests install
    mkdir -p ui/target/benchmark
    say "generating a clinic of $patients patients"
    started=$(date +%s%N)
    BACKBOARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/backboard_bench \
      "$JAVA_HOME/bin/java" -jar ui/target/backboard.jar --spring.profiles.active=demo --server.port=0 \
      --backboard.demo.patients="$patients" --backboard.demo.exit-when-loaded=true \
      | grep --line-buffered -E 'Demo clinic|ERROR'
    seconds=$(awk "BEGIN {printf \"%.1f\", ($(date +%s%N) - $started) / 1e9}")
    # vacuum now what autovacuum would otherwise vacuum, throttled, while the benchmarks run
    started=$(date +%s%N)
    PGPASSWORD=$DB_PASSWORD psql -w -h 127.0.0.1 -U "$DB_USER" -d backboard_bench -qc 'vacuum (analyze)'
    vacuumed=$(awk "BEGIN {printf \"%.1f\", ($(date +%s%N) - $started) / 1e9}")
    printf '# Generator\n\n`./backboard.sh generate %s` into an empty database: %s s, start-up included (then `vacuum (analyze)` before the benchmarks: %s s).\n' \
      "$patients" "$seconds" "$vacuumed" > ui/target/benchmark/generate.md
    export BACKBOARD_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/backboard_bench
    export BACKBOARD_TEST_DB_USER=$DB_USER BACKBOARD_TEST_DB_PASSWORD=$DB_PASSWORD
    # the server benchmark first, so the browser one meets a warmed-up application
    ./mvnw -B -q -Pbenchmark verify -pl ui -Dbackboard.bench.patients="$patients" -Dsurefire.runOrder=reversealphabetical
    cat ui/target/benchmark/generate.md ui/target/benchmark/server.md ui/target/benchmark/browser.md \
        ui/target/benchmark/patient-app.md ui/target/benchmark/csv-import.md ui/target/benchmark/fhir.md \
        ui/target/benchmark/bulk-export.md
    say "reports: ui/target/benchmark/generate.md, server.md, browser.md, patient-app.md, csv-import.md, fhir.md and bulk-export.md"
    ;;
  *)
    echo "usage: ./backboard.sh demo | test | generate [N] | bench" >&2
    exit 2
    ;;
esac
