#!/usr/bin/env bash
# The public ranking page as a browser loads it: Lighthouse (installed here from package.json,
# run with the operating system's Chromium, which it never downloads) gives the performance and
# accessibility scores, the bytes transferred and the number of requests. Starts its own system
# with the demo data unless BASE_URL names a running one. Usage: bench/lighthouse.sh [RUNS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
require npm node
runs=${1:-3}
page_path=${PAGE_PATH:-/rankings/2013/PROVINCE?node=TOTAL}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
work=$(mktemp -d "${TMPDIR:-/tmp}/ictindex-bench-lighthouse.XXXXXX")
cleanup() {
  stop_system
  rm -rf "$work"
}
trap cleanup EXIT

(cd "$bench_dir" && npm ci --no-audit --no-fund --silent)
if [[ -n ${BASE_URL:-} ]]; then
  base=$BASE_URL
else
  start_system
  base=http://127.0.0.1:$system_port
fi

# Without the networking flags Chromium tries to reach the internet and stalls.
chrome_flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage
  --disable-background-networking --disable-component-update --disable-sync --no-first-run"
echo "| run | load before | performance | accessibility | bytes transferred | requests | LCP | TBT |"
echo "|---|---|---|---|---|---|---|---|"
for run in $(seq 1 "$runs"); do
  load=$(machine_load)
  "$bench_dir/node_modules/.bin/lighthouse" "$base$page_path" --quiet \
    --chrome-flags="$chrome_flags --user-data-dir=$work/profile-$run" \
    --only-categories=performance,accessibility --output=json --output-path="$work/report.json"
  node -e '
    const report = require(process.argv[1]);
    const audit = (id) => report.audits[id];
    console.log(`| ${process.argv[2]} | ${process.argv[3]}` +
      ` | ${Math.round(report.categories.performance.score * 100)}` +
      ` | ${Math.round(report.categories.accessibility.score * 100)}` +
      ` | ${audit("total-byte-weight").numericValue} B` +
      ` | ${audit("network-requests").details.items.length}` +
      ` | ${Math.round(audit("largest-contentful-paint").numericValue)} ms` +
      ` | ${Math.round(audit("total-blocking-time").numericValue)} ms |`);
  ' "$work/report.json" "$run" "$load"
done
