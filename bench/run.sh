#!/usr/bin/env bash
# Measures the follow-up pages under five years of monthly history (see docs/benchmarks.md).
# Needs: java 17, wrk and psql (apt-get install wrk postgresql-client). Takes about three minutes.
# Usage: bench/run.sh            (builds the jar, starts Planspor on a fresh data directory)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
DATA=$(mktemp -d /tmp/planspor-bench.XXXX)
DURATION=${BENCH_DURATION:-20s}
URL="http://localhost:$PORT"

./mvnw -q -B package -DskipTests
JAR=$(ls target/planspor-*.jar | grep -v plain | head -1)

PLANSPOR_DATA_DIR="$DATA" PLANSPOR_ADMIN_PASSWORD=bench-admin-password SERVER_PORT=$PORT \
  java -Xmx512m -jar "$JAR" > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do
  curl -fs "$URL/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done

# The embedded PostgreSQL writes its port on the fourth line of postmaster.pid.
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
psql -q -h localhost -p "$PGPORT" -U postgres -d postgres -f bench/generate-history.sql

# Signs in through the real form (CSRF token included) and prints the session cookie.
session_of() {
  local cookies="$DATA/cookies-$1" token
  token=$(curl -fs -c "$cookies" "$URL/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b "$cookies" -c "$cookies" -o /dev/null \
    --data-urlencode "username=$1" --data-urlencode "password=bench-password-1" --data-urlencode "_csrf=$token" \
    "$URL/login"
  echo "SESSION=$(awk '$6 == "SESSION" { print $7 }' "$cookies")"
}
BENCH_SESSION=$(session_of bench)
LEADER_SESSION=$(session_of bench-fl)

echo "java $(java -version 2>&1 | head -1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
PAGES=(
  "/plans/krn-forskning-2025-2029"
  "/plans/tik-forskning-2022-2025"
  "/plans/krn-forskning-2025-2029/table"
  "/plans/tik-forskning-2022-2025/table"
  "/mine"
  "/mine as bench-fl"
)
# One connection: each request has the server to itself, so its latency is the server time the
# budget is about (plus loopback). Four connections on this machine's cores show the queueing.
for connections in 1 4; do
  echo "wrk -t1 -c$connections -d$DURATION per page"
  for page in "${PAGES[@]}"; do
    export BENCH_COOKIE=$BENCH_SESSION
    path=${page%% *}
    [[ $page == *"as bench-fl" ]] && export BENCH_COOKIE=$LEADER_SESSION
    # A lost session would measure the sign-in redirect instead of the page.
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $BENCH_COOKIE" "$URL$path")
    [[ $status == 200 ]] || { echo "$page answered $status, not 200" >&2; exit 1; }
    # Warm up the JIT and the caches before measuring.
    wrk -t1 -c"$connections" -d5s -s bench/latency.lua "$URL$path" >/dev/null
    printf '  %-42s ' "$page"
    wrk -t1 -c"$connections" -d"$DURATION" -s bench/latency.lua "$URL$path" | tail -1
  done
done
