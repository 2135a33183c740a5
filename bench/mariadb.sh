#!/usr/bin/env bash
# Import and publishing on MariaDB (through the local socket as root, which Debian's MariaDB
# allows): creates a throwaway database and account, starts the system on it, and measures
#  - the import of a synthetic year of UNITS units × 100 indicators (11,539 units: one million
#    value rows, as a fifth of the indicators apply to provinces only) through the admin API,
#    validated and all or nothing, against MariaDB's own
#    LOAD DATA LOCAL INFILE of the same rows into a table of the same shape, indexes and keys,
#    run just before and just after the import;
#  - publishing that year end to end through the admin API: its time, and the peak resident
#    memory of the Java process (VmHWM) with the heap it was given.
# Usage: bench/mariadb.sh   (UNITS, ICTINDEX_JAVA_OPTS override the defaults)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require mariadb curl bc unzip
units=${UNITS:-11539}
year=2030
database=ictindex_bench_$$
account=ictindex_bench_$$
password=bench-$RANDOM-$RANDOM-$RANDOM
admin_password=bench-admin-$RANDOM-$RANDOM
work=$(mktemp -d "${TMPDIR:-/tmp}/ictindex-bench-mariadb.XXXXXX")
sql() { mariadb --user=root "$@"; }
# A revision's package is stored in one row: at 11,539 units it is 15.8 MB, at the edge of
# MariaDB's default max_allowed_packet of 16 MB (docs/DEPLOYMENT.md). Restored when done.
packet_before=$(sql -N -e "SELECT @@GLOBAL.max_allowed_packet")
sql -e "SET GLOBAL max_allowed_packet = 1073741824"
cleanup() {
  sql -e "SET GLOBAL max_allowed_packet = $packet_before" || true
  stop_system
  sql -e "DROP DATABASE IF EXISTS $database; DROP USER IF EXISTS '$account'@'localhost';
    DROP USER IF EXISTS '$account'@'127.0.0.1';" || true
  rm -rf "$work"
}
trap cleanup EXIT

(cd "$project_dir" && mvn -q -B -Pbench package -pl scoring -DskipTests)
java -cp "$project_dir/scoring/target/ictindex-scoring-benchmarks.jar" \
  org.ictindex.scoring.engine.SyntheticPackageFile "$units" "$year" "$work/cycle.zip" 5 4 5
unzip -p "$work/cycle.zip" values.csv >"$work/values.csv"
rows=$(($(wc -l <"$work/values.csv") - 1))

sql -e "CREATE DATABASE $database CHARACTER SET utf8mb4;
  CREATE USER '$account'@'localhost' IDENTIFIED BY '$password';
  CREATE USER '$account'@'127.0.0.1' IDENTIFIED BY '$password';
  GRANT ALL ON $database.* TO '$account'@'localhost';
  GRANT ALL ON $database.* TO '$account'@'127.0.0.1';"
start_system ICTINDEX_DB_URL="jdbc:mysql://127.0.0.1:3306/$database?sslMode=DISABLED" \
  ICTINDEX_DB_USER="$account" ICTINDEX_DB_PASSWORD="$password" \
  ICTINDEX_DEMO_DATA=false ICTINDEX_ADMIN_PASSWORD="$admin_password"
base=http://127.0.0.1:$system_port/admin/api/cycles/$year

# The baseline: the same rows into a copy of indicator_value (its indexes and its foreign key to
# the cycle), in one transaction, the columns the package does not carry filled in by SET.
sql "$database" -e "CREATE TABLE load_data_copy LIKE indicator_value;
  ALTER TABLE load_data_copy ADD FOREIGN KEY (cycle_id) REFERENCES cycle (id);"
load_data() {
  local started
  sql "$database" -e "TRUNCATE TABLE load_data_copy"
  started=$(date +%s.%N)
  sql --local-infile=1 "$database" -e "SET @position = -1; START TRANSACTION;
    LOAD DATA LOCAL INFILE '$work/values.csv' INTO TABLE load_data_copy
      CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' IGNORE 1 LINES
      (unit_code, indicator_code, @value, note)
      SET cycle_id = (SELECT MIN(id) FROM cycle), position = (@position := @position + 1),
        value = NULLIF(@value, ''), updated_by = 'bench', updated_at = NOW(3);
    COMMIT;"
  echo "$(date +%s.%N) - $started" | bc
}

# The first request with a password after start-up spends about 2.5 s in the password hash's
# not yet compiled code (PBKDF2, 210,000 rounds; 0.3 s once warm): it is made before timing.
curl -s -o /dev/null -u "admin:$admin_password" "$base/revisions"

# LOAD DATA points its rows at the cycle that the import creates, so it runs after the import.
echo "Rows: $rows; load before: $(machine_load)"
echo "| what | time | rows/s |"
echo "|---|---|---|"
started=$(date +%s.%N)
status=$(curl -s -o "$work/import.json" -w '%{http_code}' -u "admin:$admin_password" -X PUT \
  -H 'Content-Type: application/zip' --data-binary "@$work/cycle.zip" "$base/package")
import_seconds=$(echo "$(date +%s.%N) - $started" | bc)
[[ $status == 200 ]] || {
  echo "import answered $status: $(head -c 500 "$work/import.json")" >&2
  tail -40 "$system_log" >&2
  exit 1
}
stored=$(sql -N "$database" -e "SELECT COUNT(*) FROM indicator_value")
load_seconds=$(load_data)
load_again_seconds=$(load_data)
printf '| import through the admin API (%d rows stored) | %.1f s | %.0f |\n' \
  "$stored" "$import_seconds" "$(echo "$rows / $import_seconds" | bc -l)"
for seconds in "$load_seconds" "$load_again_seconds"; do
  printf '| LOAD DATA LOCAL INFILE | %.1f s | %.0f |\n' "$seconds" "$(echo "$rows / $seconds" | bc -l)"
done
printf 'import speed / LOAD DATA speed: %.2f×\n' \
  "$(echo "($load_seconds + $load_again_seconds) / 2 / $import_seconds" | bc -l)"

java_pid=$(system_java_pid)
echo "Peak RSS after import: $(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$java_pid/status") MiB;" \
  "load before publishing: $(machine_load)"
started=$(date +%s.%N)
status=$(curl -s -o "$work/publish.json" -w '%{http_code}' -u "admin:$admin_password" -X POST \
  "$base/publish")
publish_seconds=$(echo "$(date +%s.%N) - $started" | bc)
[[ $status == 200 ]] || {
  echo "publishing answered $status: $(head -c 500 "$work/publish.json")" >&2
  grep -E -A3 'SEVERE|Exception' "$system_log" | head -40 >&2
  exit 1
}
sizes=$(sql -N "$database" -e "SELECT LENGTH(package_bytes), COUNT(*), SUM(LENGTH(bytes))
  FROM publication JOIN publication_results_part ON publication_id = publication.id
  GROUP BY publication.id")
echo "Stored revision: package bytes, results parts, compressed results bytes: $sizes"
printf 'Publishing %d units: %.1f s; peak RSS %d MiB (Java options: %s); load after: %s\n' \
  "$units" "$publish_seconds" "$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$java_pid/status")" \
  "${ICTINDEX_JAVA_OPTS:--Xms256m -Xmx768m}" "$(machine_load)"

# Results day for that year: the first request for a ranking makes the public app read and parse
# the revision's results; later requests are served from memory.
public=http://127.0.0.1:$system_port/rankings/$year/PROVINCE
for attempt in first second; do
  started=$(date +%s.%N)
  status=$(curl -s -o /dev/null -w '%{http_code}' "$public")
  printf 'Public ranking page of %d units, %s request: %s in %.1f s; peak RSS %d MiB\n' \
    "$units" "$attempt" "$status" "$(echo "$(date +%s.%N) - $started" | bc)" \
    "$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$java_pid/status")"
done
