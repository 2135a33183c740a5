#!/usr/bin/env bash
# Runs ICT Index: builds it if the sources changed, then starts one Payara Micro serving the
# public app at / and the admin app at /admin. Ctrl-C or SIGTERM stops it cleanly.
# Configuration comes from the ICTINDEX_* environment variables described in README.md.
set -euo pipefail
cd "$(dirname "$0")"

port=${ICTINDEX_HTTP_PORT:-8080}
payara=target/payara-micro.jar
admin_war=admin-web/target/ictindex-admin.war
public_war=public-web/target/ictindex-public.war

needs_build() {
  local artifact
  for artifact in "$payara" "$admin_war" "$public_war"; do
    [[ -f $artifact ]] || return 0
  done
  # Any source or build file newer than the oldest web app means the build is stale.
  [[ -n $(find pom.xml ./*/pom.xml ./*/src -newer "$admin_war" -type f -print -quit) ]]
}

if needs_build; then
  echo "Building ICT Index (tests are run by: mvn verify)..."
  mvn -q -B package -DskipTests
fi

# Whether the page at the path answers (a redirect to a login page counts).
answers() {
  local status
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$1" >&3
  read -r _ status _ <&3 || status=
  exec 3<&- 3>&-
  [[ $status =~ ^(200|302|303)$ ]]
}

# A fresh runtime folder each time: Payara Micro would first start again the applications of the
# folder's previous run, answer with them, then replace them, so that for a while after saying
# "running" neither app would be there.
runtime_dir=$(mktemp -d "${TMPDIR:-/tmp}/ictindex-payara.XXXXXX")
trap 'rm -rf "$runtime_dir"' EXIT
# One instance needs no data grid: Payara Micro's Hazelcast takes about 3 s to start and would
# only carry the revision notices between the two apps of this process. Without it the public app
# reads a new revision at its next recheck (ICTINDEX_REVISIONS_RECHECK_MILLIS, 1 s by default).
# shellcheck disable=SC2086 # ICTINDEX_JAVA_OPTS holds several options.
java ${ICTINDEX_JAVA_OPTS:--Xms256m -Xmx768m} -jar "$payara" \
  --nohazelcast \
  --port "$port" \
  --rootdir "$runtime_dir" \
  --deploy "$admin_war" \
  --deploy "$public_war" &
payara_pid=$!

stop() {
  kill -TERM "$payara_pid" 2>/dev/null || true
}
trap stop INT TERM

# No time limit: on a busy machine the first start (migrations, demo years) can take minutes.
while true; do
  if ! kill -0 "$payara_pid" 2>/dev/null; then
    wait "$payara_pid"
    exit $?
  fi
  if answers /admin/ 2>/dev/null && answers / 2>/dev/null; then
    echo
    echo "ICT Index is running:"
    echo "  public app: http://localhost:$port/"
    echo "  admin app:  http://localhost:$port/admin/"
    echo "Press Ctrl-C to stop."
    break
  fi
  sleep 0.5
done

# wait returns early when a trapped signal arrives; keep waiting until Payara has stopped.
while kill -0 "$payara_pid" 2>/dev/null; do
  wait "$payara_pid" || true
done
