#!/usr/bin/env bash
# The public ranking page and its JSON API answer under load, against nginx serving the very
# same bytes as static files: wrk -t2 -c64 on loopback, the runs interleaved in one go so that
# the ratio holds on a shared machine. Each answer is measured from the app itself and through
# nginx with the caching of docs/DEPLOYMENT.md (docs/nginx/ictindex-public-cache.conf). Starts its own system with the demo data unless
# BASE_URL names a running one. Each pair of runs is repeated ROUNDS times (default 3), in turn,
# and the median ratio is printed too: on a shared machine one run can be far off.
# Usage: bench/http.sh [DURATION, default 20s]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require wrk nginx curl bc
duration=${1:-20s}
rounds=${ROUNDS:-3}
page_path=${PAGE_PATH:-/rankings/2013/PROVINCE?node=TOTAL}
api_path=${API_PATH:-/api/v1/cycles/2013/rankings/PROVINCE?node=TOTAL}
work=$(mktemp -d "${TMPDIR:-/tmp}/ictindex-bench-http.XXXXXX")
nginx_pid=
cleanup() {
  [[ -n $nginx_pid ]] && kill "$nginx_pid" 2>/dev/null
  stop_system
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -n ${BASE_URL:-} ]]; then
  base=$BASE_URL
else
  start_system
  base=http://127.0.0.1:$system_port
fi
app_port=${base##*:}
app_port=${app_port%%/*}

# nginx gets exactly the bytes the app sends to wrk (which asks with no language and no cookie).
mkdir -p "$work/www" "$work/tmp"
curl -sf "$base$page_path" -o "$work/www/ranking.html"
curl -sf "$base$api_path" -o "$work/www/ranking.json"
chmod -R a+rX "$work"  # nginx workers drop to an unprivileged user
nginx_port=$(free_port 18580)
proxy_port=$(free_port $((nginx_port + 1)))
sed -e "s|PROXY_PORT|$proxy_port|" -e "s|APP_PORT|$app_port|" -e "s|PORT|$nginx_port|" \
  -e "s|ROOT|$work/www|" -e "s|CACHE_RULES|$bench_dir/../docs/nginx/ictindex-public-cache.conf|" \
  -e "s|CACHE|$work/cache|" "$bench_dir/nginx.conf" >"$work/nginx.conf"
nginx -p "$work" -c "$work/nginx.conf" -e stderr -g 'daemon off;' &
nginx_pid=$!
until curl -sf "http://127.0.0.1:$nginx_port/ranking.html" -o /dev/null; do sleep 0.1; done
cached=http://127.0.0.1:$proxy_port
# The second request within the app's s-maxage must come from nginx's cache, byte for byte.
for path in "$page_path" "$api_path"; do
  curl -sf "$cached$path" -o /dev/null
  status=$(curl -sf -D - "$cached$path" -o "$work/cached" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache-status" { print $2 }')
  [[ $status == HIT || $status == UPDATING ]] || { echo "nginx did not keep $path (cache status '$status')" >&2; exit 1; }
done
cmp -s "$work/cached" "$work/www/ranking.json" || { echo "nginx's copy of $api_path differs from the app's answer" >&2; exit 1; }

run_wrk() {
  wrk -t2 -c64 -d"$2" --latency -s "$bench_dir/report.lua" "$1" | awk '/^result/ {print $2, $3, $4, $5, $6}'
}

# The JIT compiles the app's paths, and the heap grows to its working size, before anything is
# measured: a fresh JVM still gained 10-15% per run after 10 s of warm-up. WARMUP (default 30s)
# can be shorter for a system that is already warm.
run_wrk "$base$page_path" "${WARMUP:-30s}" >/dev/null
run_wrk "$base$api_path" "${WARMUP:-30s}" >/dev/null

echo "Load before: $(machine_load); page $(stat -c %s "$work/www/ranking.html") bytes," \
  "JSON $(stat -c %s "$work/www/ranking.json") bytes"
echo "| what | server | requests/s | p50 | p90 | p99 | errors | app / nginx |"
echo "|---|---|---|---|---|---|---|---|"
page_ratios=()
json_ratios=()
cached_page_ratios=()
cached_json_ratios=()
# Measures nginx, then the app, on one kind of answer; prints both rows and sets ratio.
measure() {
  local name=$1 app_url=$2 static_url=$3 server=${4:-app}
  read -r n_rps n_p50 n_p90 n_p99 n_errors < <(run_wrk "$static_url" "$duration")
  read -r a_rps a_p50 a_p90 a_p99 a_errors < <(run_wrk "$app_url" "$duration")
  ratio=$(echo "$a_rps / $n_rps" | bc -l)
  printf '| %s | nginx | %s | %s ms | %s ms | %s ms | %s | |\n' \
    "$name" "$n_rps" "$n_p50" "$n_p90" "$n_p99" "$n_errors"
  printf '| %s | %s | %s | %s ms | %s ms | %s ms | %s | %.2f× |\n' \
    "$name" "$server" "$a_rps" "$a_p50" "$a_p90" "$a_p99" "$a_errors" "$ratio"
}
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
for _ in $(seq 1 "$rounds"); do
  measure "ranking page" "$base$page_path" "http://127.0.0.1:$nginx_port/ranking.html"
  page_ratios+=("$ratio")
  measure "ranking JSON" "$base$api_path" "http://127.0.0.1:$nginx_port/ranking.json"
  json_ratios+=("$ratio")
  measure "ranking page" "$cached$page_path" "http://127.0.0.1:$nginx_port/ranking.html" \
    "app through nginx's cache"
  cached_page_ratios+=("$ratio")
  measure "ranking JSON" "$cached$api_path" "http://127.0.0.1:$nginx_port/ranking.json" \
    "app through nginx's cache"
  cached_json_ratios+=("$ratio")
done
echo "Median app / nginx over $rounds rounds: page $(median "${page_ratios[@]}")×," \
  "JSON $(median "${json_ratios[@]}")×"
echo "Median through nginx's cache / nginx static: page $(median "${cached_page_ratios[@]}")×," \
  "JSON $(median "${cached_json_ratios[@]}")×"
echo "Load after: $(machine_load)"
