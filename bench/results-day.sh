#!/usr/bin/env bash
# Results day on MariaDB, measured on its own: publishes bench/mariadb.sh's synthetic year of
# UNITS units (11,539 by default) through the admin API and times the public app's first and
# second ranking requests for the year right after publishing (the first makes the public app
# read the new revision); then restarts the system on that database, so that nothing of the
# publishing stays in its memory, and reads the Java process's peak resident memory (VmHWM) once
# the year is loaded (the start-up's own check of the start page reads it) and a ranking served.
# With BENCH_DATABASE=name the database is kept after the run, and a later run given the same name
# skips the import, the publishing and the first-request timing and measures the restart only.
# Usage: bench/results-day.sh   (UNITS, ICTINDEX_JAVA_OPTS, BENCH_DATABASE override the defaults)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require mariadb curl bc
units=${UNITS:-11539}
year=2030
export ICTINDEX_JAVA_OPTS=${ICTINDEX_JAVA_OPTS:--Xms256m -Xmx4g}
database=${BENCH_DATABASE:-ictindex_bench_$$}
account=$database
password=bench-$database
admin_password=bench-admin-$database
work=$(mktemp -d "${TMPDIR:-/tmp}/ictindex-bench-results-day.XXXXXX")
sql() { mariadb --user=root "$@"; }
packet_before=$(sql -N -e "SELECT @@GLOBAL.max_allowed_packet")
cleanup() {
  sql -e "SET GLOBAL max_allowed_packet = $packet_before" || true
  stop_system
  if [[ -z ${BENCH_DATABASE:-} ]]; then
    sql -e "DROP DATABASE IF EXISTS $database; DROP USER IF EXISTS '$account'@'localhost';
      DROP USER IF EXISTS '$account'@'127.0.0.1';" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
# The package's one row is at the edge of the default max_allowed_packet (see bench/mariadb.sh).
sql -e "SET GLOBAL max_allowed_packet = 1073741824"
system_env=(ICTINDEX_DB_URL="jdbc:mysql://127.0.0.1:3306/$database?sslMode=DISABLED"
  ICTINDEX_DB_USER="$account" ICTINDEX_DB_PASSWORD="$password"
  ICTINDEX_DEMO_DATA=false ICTINDEX_ADMIN_PASSWORD="$admin_password")

if [[ -z $(sql -N -e "SHOW DATABASES LIKE '$database'") ]]; then
  [[ -f $project_dir/scoring/target/ictindex-scoring-benchmarks.jar ]] ||
    (cd "$project_dir" && mvn -q -B -Pbench package -pl scoring -DskipTests)
  java -cp "$project_dir/scoring/target/ictindex-scoring-benchmarks.jar" \
    org.ictindex.scoring.engine.SyntheticPackageFile "$units" "$year" "$work/cycle.zip" 5 4 5
  sql -e "CREATE DATABASE $database CHARACTER SET utf8mb4;
    CREATE USER '$account'@'localhost' IDENTIFIED BY '$password';
    CREATE USER '$account'@'127.0.0.1' IDENTIFIED BY '$password';
    GRANT ALL ON $database.* TO '$account'@'localhost';
    GRANT ALL ON $database.* TO '$account'@'127.0.0.1';"
  start_system "${system_env[@]}"
  admin=http://127.0.0.1:$system_port/admin/api/cycles/$year
  for step in "PUT package" "POST publish"; do
    read -r method path <<<"$step"
    body=()
    [[ $method == PUT ]] && body=(-H 'Content-Type: application/zip' --data-binary "@$work/cycle.zip")
    status=$(curl -s -o "$work/answer" -w '%{http_code}' -u "admin:$admin_password" \
      -X "$method" "${body[@]}" "$admin/$path")
    [[ $status == 200 ]] || {
      echo "$path answered $status: $(head -c 500 "$work/answer")" >&2
      exit 1
    }
  done
  # The public app notices the new revision at its next recheck (1 s by default).
  sleep 2
  java_pid=$(system_java_pid)
  public=http://127.0.0.1:$system_port/rankings/$year/PROVINCE
  echo "Load before the first ranking request: $(machine_load)"
  for attempt in first second; do
    started=$(date +%s.%N)
    status=$(curl -s -o /dev/null -w '%{http_code}' "$public")
    printf 'After publishing, ranking page of %d units, %s request: %s in %.2f s\n' \
      "$units" "$attempt" "$status" "$(echo "$(date +%s.%N) - $started" | bc)"
  done
  stop_system
fi

echo "Java options: $ICTINDEX_JAVA_OPTS; load before the restart: $(machine_load)"
start_system "${system_env[@]}"
java_pid=$(system_java_pid)
echo "After start-up, which read the year for the start page: RSS" \
  "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$java_pid/status") MiB"
public=http://127.0.0.1:$system_port/rankings/$year/PROVINCE
for attempt in first second; do
  started=$(date +%s.%N)
  status=$(curl -s -o /dev/null -w '%{http_code}' "$public")
  printf 'After a restart, ranking page of %d units, %s request: %s in %.2f s; peak RSS %d MiB\n' \
    "$units" "$attempt" "$status" "$(echo "$(date +%s.%N) - $started" | bc)" \
    "$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$java_pid/status")"
done
api=http://127.0.0.1:$system_port/api/v1/cycles/$year/rankings/PROVINCE
started=$(date +%s.%N)
status=$(curl -s -o /dev/null -w '%{http_code}' "$api")
printf 'Open-data ranking after the page: %s in %.2f s; peak RSS %d MiB; load after: %s\n' \
  "$status" "$(echo "$(date +%s.%N) - $started" | bc)" \
  "$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$java_pid/status")" "$(machine_load)"
