# Shared by the bench scripts (sourced): a throwaway system on a free port and a fresh data
# folder, the machine's load to print next to every figure, and the tools the figures need.

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project_dir=$(dirname "$bench_dir")

# The first port from $1 on which nothing listens.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

# The load averages (1, 5, 15 min): on a shared machine a figure means little without them.
machine_load() {
  uptime | sed 's/.*load average: //'
}

require() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$0 needs $tool (apt-get install $tool)" >&2; exit 2; }
  done
}

# Starts ./run.sh in the background with the given extra environment (NAME=value ...) on
# $system_port with a fresh data folder (or, after `stop_system keep`, the folder the last system
# left), and waits until both apps answer. Sets system_pid, system_log, system_started and
# system_ready (seconds since the epoch, with fractions).
start_system() {
  system_port=$(free_port "${BENCH_PORT:-18480}")
  if [[ -z ${kept_data:-} ]]; then
    system_data=$(mktemp -d "${TMPDIR:-/tmp}/ictindex-bench-data.XXXXXX")
  else
    system_data=$kept_data
    kept_data=
  fi
  system_log=$system_data/run.log
  system_started=$(date +%s.%N)
  env ICTINDEX_HTTP_PORT="$system_port" ICTINDEX_DATA_DIR="$system_data" "$@" \
    "$project_dir/run.sh" >"$system_log" 2>&1 &
  system_pid=$!
  until grep -q "ICT Index is running" "$system_log"; do
    if ! kill -0 "$system_pid" 2>/dev/null; then
      echo "The system did not start; see $system_log" >&2
      exit 1
    fi
    sleep 0.1
  done
  system_ready=$(date +%s.%N)
}

# The Java process that run.sh started.
system_java_pid() {
  pgrep -P "$system_pid" java
}

# Stops the system and removes its data folder, or with `keep` leaves it for the next start.
stop_system() {
  [[ -n ${system_pid:-} ]] || return 0
  kill -TERM "$system_pid" 2>/dev/null || true
  wait "$system_pid" 2>/dev/null || true
  if [[ ${1:-} == keep ]]; then
    kept_data=$system_data
  else
    rm -rf "$system_data"
  fi
  system_pid=
}
