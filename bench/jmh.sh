#!/usr/bin/env bash
# The scoring engine's JMH benchmarks (scoring/src/bench): Methodology.compute (alone, and with
# every node result read once), its core and a bare pass over the same values at UNITS units × 200
# indicators, and rank uncertainty with 1,000 draws. Kept out of `mvn verify`: they build only with
# -Pbench. Usage: bench/jmh.sh [UNITS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
units=${1:-10000}
(cd "$project_dir" && mvn -q -B -Pbench package -pl scoring -DskipTests)
echo "Load before: $(machine_load)"
java -jar "$project_dir/scoring/target/ictindex-scoring-benchmarks.jar" -f 1 -wi 3 -i 5 -w 2s -r 3s \
  -jvmArgsAppend -Xmx8g -p units="$units" 'ComputeBenchmark|UncertaintyBenchmark' |
  sed -n '/^Benchmark/,$p'
echo "Load after: $(machine_load)"
