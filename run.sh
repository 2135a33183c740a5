#!/usr/bin/env bash
# Runs ICT Index: builds it if the sources changed, then starts one Payara Micro serving the
# public app at / and the admin app at /admin. Ctrl-C or SIGTERM stops it cleanly.
# ./run.sh --prepare only builds and records the class-data archive, without starting.
# Configuration comes from the ICTINDEX_* environment variables described in README.md.
set -euo pipefail
cd "$(dirname "$0")"

port=${ICTINDEX_HTTP_PORT:-8080}
payara=target/payara-micro.jar
# Payara Micro's own endpoints (/metrics, /openapi, /health) off: they would answer anyone.
post_boot_commands=payara/post-boot-commands.asadmin
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

both_apps_answer() {
  answers /admin/ 2>/dev/null && answers / 2>/dev/null
}

# Starts Payara Micro in the background with the runtime folder $1 and the Java options after it,
# serving both apps; sets payara_pid. A fresh folder each time: Payara Micro would first start
# again the applications of the folder's previous run, answer with them, then replace them, so
# that for a while after saying "running" neither app would be there. One instance needs no data
# grid: Payara Micro's Hazelcast takes about 3 s to start and would only carry the revision
# notices between the two apps of this process. Without it the public app reads a new revision
# at its next recheck (ICTINDEX_REVISIONS_RECHECK_MILLIS, 1 s by default). Payara Micro would
# also send usage-tracking information to its vendor at every start ("phone home"): the system
# makes no connection its operator did not configure. The post-boot commands
# (payara/post-boot-commands.asadmin) turn off its metrics, OpenAPI and health endpoints and
# take the server's name out of every answer.
start_payara() {
  local runtime_dir=$1
  shift
  java "$@" -jar "$payara" \
    --nohazelcast \
    --disablephonehome \
    --postbootcommandfile "$post_boot_commands" \
    --port "$port" \
    --rootdir "$runtime_dir" \
    --deploy "$admin_war" \
    --deploy "$public_war" &
  payara_pid=$!
}
temporary_dirs=()
trap 'rm -rf "${temporary_dirs[@]}"' EXIT

# A class-data archive (the JVM's AppCDS) of the classes one start loads, so that later starts map
# them from the archive instead of reading, verifying and parsing them again: about 2 s of a
# 20 s start (docs/PERFORMANCE.md). It belongs to the jars and the JVM it was recorded with.
class_archive=target/ictindex-classes.jsa

java_identity() {
  java -version 2>&1 | tr '\n' ' '
}

needs_class_archive() {
  [[ -f $class_archive && -f $class_archive.jvm ]] || return 0
  [[ $(java_identity) == "$(<"$class_archive.jvm")" ]] || return 0
  [[ -n $(find "$payara" "$admin_war" "$public_war" -newer "$class_archive" -print -quit) ]]
}

# Records the archive from one start of the demo system on a throwaway embedded database (never
# the configured one), stopped as soon as both apps answer; the JVM writes the archive as it exits.
record_class_archive() {
  echo "Recording the classes of one start, which makes the next starts faster (once per build)..."
  local training_dir
  training_dir=$(mktemp -d "${TMPDIR:-/tmp}/ictindex-training.XXXXXX")
  temporary_dirs+=("$training_dir")
  rm -f "$class_archive" "$class_archive.jvm"
  (
    unset ICTINDEX_DB_URL ICTINDEX_PUBLIC_DB_URL
    export ICTINDEX_DATA_DIR=$training_dir/data ICTINDEX_DEMO_DATA=true
    start_payara "$training_dir/payara" -Xms256m -Xmx768m \
      -XX:ArchiveClassesAtExit="$class_archive" >target/class-archive.log 2>&1
    until both_apps_answer; do
      kill -0 "$payara_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -TERM "$payara_pid" 2>/dev/null || true
    wait "$payara_pid" || true
  )
  if [[ -s $class_archive ]]; then
    java_identity >"$class_archive.jvm"
  else
    echo "No class-data archive was recorded (target/class-archive.log says why); starting without."
    rm -f "$class_archive"
  fi
}

if needs_class_archive; then
  record_class_archive
fi
[[ ${1:-} == --prepare ]] && exit 0

class_archive_option=()
[[ -f $class_archive ]] && class_archive_option=("-XX:SharedArchiveFile=$class_archive")
runtime_dir=$(mktemp -d "${TMPDIR:-/tmp}/ictindex-payara.XXXXXX")
temporary_dirs+=("$runtime_dir")
# shellcheck disable=SC2086 # ICTINDEX_JAVA_OPTS holds several options.
start_payara "$runtime_dir" ${ICTINDEX_JAVA_OPTS:--Xms256m -Xmx768m} "${class_archive_option[@]}"

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
  if both_apps_answer; then
    echo
    echo "ICT Index is running:"
    echo "  public app: http://localhost:$port/"
    echo "  admin app:  http://localhost:$port/admin/"
    echo "Press Ctrl-C to stop."
    break
  fi
  sleep 0.2
done

# wait returns early when a trapped signal arrives; keep waiting until Payara has stopped.
while kill -0 "$payara_pid" 2>/dev/null; do
  wait "$payara_pid" || true
done
