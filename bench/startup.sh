#!/usr/bin/env bash
# Start-up and idle memory: the time from starting ./run.sh (already built, with its class-data
# archive recorded) on a fresh empty data folder until it says both apps answer (the first start:
# it also creates the schema, the demo years and the administrator), then the resident memory of
# the Java process after it has been idle for IDLE_SECONDS; then the time of a restart on the data
# the first start left. Repeats RUNS times.
# Usage: bench/startup.sh [RUNS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
runs=${1:-3}
idle_seconds=${IDLE_SECONDS:-30}
trap 'stop_system; [[ -z ${kept_data:-} ]] || rm -rf "$kept_data"' EXIT

# Builds, and records the class-data archive, as a user's first ./run.sh after a build does.
"$project_dir/run.sh" --prepare
echo "| run | load before (1, 5, 15 min) | first start ready after | idle RSS | load before restart | restart ready after |"
echo "|---|---|---|---|---|---|"
for run in $(seq 1 "$runs"); do
  load=$(machine_load)
  start_system
  ready=$(echo "$system_ready - $system_started" | bc)
  sleep "$idle_seconds"
  rss_kib=$(ps -o rss= -p "$(system_java_pid)")
  stop_system keep
  restart_load=$(machine_load)
  start_system
  restart_ready=$(echo "$system_ready - $system_started" | bc)
  printf '| %d | %s | %.1f s | %d MiB | %s | %.1f s |\n' "$run" "$load" "$ready" \
    $((rss_kib / 1024)) "$restart_load" "$restart_ready"
  stop_system
done
