#!/usr/bin/env bash
# Builds the benchmarks and runs the whole JMH suite with -prof gc, then writes
# results/<date>-jdk<N>.md (targets, tables, ratios) beside the raw JMH JSON it came from.
#
#   benchmarks/run.sh quick   # one short fork per benchmark (3 for cross-thread): a smoke run
#   benchmarks/run.sh full    # 2 forks x (3 + 5) x 1 s per benchmark (5 forks for cross-thread)
#
# Uses the Maven wrapper and $JAVA_HOME (or the java on the PATH). Run it on a quiet machine:
# anything else running skews the figures, the two-thread ones most.
set -euo pipefail

mode="${1:-quick}"
case "$mode" in
  quick) common=(-wi 1 -w 1s -i 1 -r 1s); forks=1; cross_forks=3 ;;
  full)  common=(-wi 3 -w 1s -i 5 -r 1s); forks=2; cross_forks=5 ;;
  *) echo "usage: $0 [quick|full]" >&2; exit 2 ;;
esac

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar="$here/target/benchmarks.jar"

feature="$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')"
runtime="$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ {print $2}')"
vm="$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vm.name/ {print $2}')"
name="$(date +%Y-%m-%d)-jdk${feature}"
results="$here/results"
mkdir -p "$results"
metrics="$results/$name.metrics.tsv"
log="$here/target/$name.log"
rm -f "$metrics"
export POOLFORGE_BENCH_METRICS="$metrics"

echo "== building with $("$java" -version 2>&1 | head -1)"
(cd "$root" && ./mvnw -q -pl benchmarks -am package -DskipTests)

excludes=(-e CrossThreadBenchmark)
if [ "$feature" -lt 21 ]; then
  echo "== skipping VirtualThreadBenchmark: virtual threads need Java 21+, this is Java $feature"
  excludes+=(-e VirtualThreadBenchmark)
fi

start=$(date +%s)
echo "== $mode run on Java $runtime; JMH output in $log"
"$java" -jar "$jar" "${excludes[@]}" -f "$forks" "${common[@]}" -prof gc \
  -rf json -rff "$results/$name.json" | tee "$log"
"$java" -jar "$jar" CrossThreadBenchmark -f "$cross_forks" "${common[@]}" -prof gc \
  -rf json -rff "$results/$name.cross-thread.json" | tee -a "$log"
minutes=$(( ($(date +%s) - start + 59) / 60 ))

note=""
if [ "$mode" = quick ]; then
  note="**Quick mode: a smoke run, its figures are not results.** "
fi
description="${note}Run \`benchmarks/run.sh $mode\` on $(date +%Y-%m-%d), $vm $runtime, $(nproc 2>/dev/null || echo '?') cores, \
$(uname -sm): JMH ${common[*]}, $forks fork(s) per benchmark ($cross_forks for cross-thread), -prof gc; \
every fork with -Xms1g -Xmx1g -XX:+AlwaysPreTouch on FastThreadLocalThread workers. Took about $minutes min."
"$java" -cp "$jar" dev.poolforge.bench.report.Report "$results/$name.md" "$description" "$metrics" \
  "$results/$name.json" "$results/$name.cross-thread.json"
