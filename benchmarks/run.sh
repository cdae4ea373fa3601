#!/usr/bin/env bash
# Builds the benchmarks and runs the whole JMH suite with -prof gc, then writes
# results/<date>-jdk<N>.md (targets, tables, ratios) beside the raw JMH JSON it came from.
#
#   benchmarks/run.sh smoke   # 1 fork x 200 ms per benchmark: does every benchmark run and the report render?
#   benchmarks/run.sh quick   # one short fork per benchmark (3 for cross-thread)
#   benchmarks/run.sh full    # 2 forks x (3 + 5) x 1 s per benchmark (5 forks for cross-thread)
#   benchmarks/run.sh targets # 6 forks x (3 + 5) x 1 s, only the cells the round-trip and hand-off targets divide
#   benchmarks/run.sh targets Shenandoah  # any mode, every fork with -XX:+UseShenandoahGC (G1, Parallel, Serial, Z too)
#
# The forks run in rounds, one JMH invocation per round with one fork of every benchmark and
# contender, so that the contenders of a table take turns and each one's forks are minutes apart:
# on a shared machine a slow spell lasts minutes, and in one invocation it would fall on every fork
# of the one contender running then. The report joins the rounds' forks.
#
# Uses the Maven wrapper and $JAVA_HOME (or the java on the PATH). Run it on a quiet machine:
# anything else running skews the figures, the two-thread ones most.
set -euo pipefail

mode="${1:-quick}"
collectors=(G1 Parallel Serial Z Shenandoah)
usage="usage: $0 [smoke|quick|full|targets] [$(IFS='|'; echo "${collectors[*]}")]"
case "$mode" in
  smoke) common=(-wi 1 -w 200ms -i 1 -r 200ms); rounds=1; cross_rounds=1 ;;
  quick) common=(-wi 1 -w 1s -i 1 -r 1s); rounds=1; cross_rounds=3 ;;
  full)  common=(-wi 3 -w 1s -i 5 -r 1s); rounds=2; cross_rounds=5 ;;
  targets) common=(-wi 3 -w 1s -i 5 -r 1s); rounds=6; cross_rounds=6 ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
# Without a collector the forks run the JVM's default: G1, unless the machine has fewer than 2
# CPUs or less than 1792 MB of memory, where the JVM picks Serial.
collector="${2:-}"
if [ -n "$collector" ] && [[ " ${collectors[*]} " != *" $collector "* ]]; then
  echo "unknown collector '$collector'; $usage" >&2
  exit 2
fi

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar="$here/target/benchmarks.jar"

feature="$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')"
runtime="$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/ {print $2}')"
vm="$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vm.name/ {print $2}')"
name="$(date +%Y-%m-%d)-jdk${feature}"
if [ "$mode" = targets ]; then
  name="$name-targets"   # beside a full run of the same day, not over it
fi
gc_args=()
if [ -n "$collector" ]; then
  name="$name-${collector,,}gc"
  # Prepended: JMH lets -jvmArgsAppend replace the suite's own JVM arguments (see JvmArgs).
  gc_args=(-jvmArgsPrepend "-XX:+Use${collector}GC")
fi
results="$here/results"
if [ "$mode" = smoke ]; then
  results="$here/target/smoke"   # a check, not a result: kept out of results/
fi
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

# Netty 4.1 on its own FastThreadLocalThreads and Netty 4.2 on plain threads need worker threads
# of the other Netty version (a thread is a FastThreadLocalThread of one version only), so they
# run in passes of their own, on workers the system property makes 4.1 FastThreadLocalThreads.
other_workers=(-p contender=netty41Fast,netty42Plain -jvmArgsPrepend -Dpoolforge.bench.fastThreads=4.1)

# One JMH invocation, one fork of each benchmark and contender it selects: its JSON goes to
# $results/$name.$1.json, which is added to the array named $2; the rest are JMH's arguments.
run_round() {
  local out="$results/$name.$1.json"
  local -n files="$2"
  shift 2
  "$java" -jar "$jar" "$@" "${gc_args[@]}" -f 1 "${common[@]}" -prof gc -rf json -rff "$out" | tee -a "$log"
  files+=("$out")
}

start=$(date +%s)
echo "== $mode run on Java $runtime; JMH output in $log"
: > "$log"
# The report joins each contender's forks in the order the files are listed, which is the order
# the benchmarks wrote their figures into $metrics: every file of one pass, round after round.
main=() netty=() cross=() cross_netty=()
if [ "$mode" = targets ]; then
  # More forks of fewer cells, so that one slow fork moves a verdict less: the contenders each
  # round-trip and hand-off target divides, the work-only baseline for the own-cost rows, nothing else.
  for ((round = 1; round <= rounds; round++)); do
    run_round "buffer.r$round" main 'RoundTripBenchmark' -p object=buffer \
      -p contender=poolforge,stormpot,threadLocal,netty41,noPool
    run_round "small.r$round" main 'RoundTripBenchmark' -p object=small -p contender=poolforge,plainNew,noPool
  done
  for ((round = 1; round <= cross_rounds; round++)); do
    run_round "cross-thread.r$round" cross CrossThreadBenchmark -p contender=poolforge,poolforgePerThread16,mpmc
  done
else
  for ((round = 1; round <= rounds; round++)); do
    run_round "r$round" main "${excludes[@]}"
    run_round "netty-workers.r$round" netty 'RoundTripBenchmark|BurstBenchmark|GcInterplayBenchmark' \
      "${other_workers[@]}"
  done
  for ((round = 1; round <= cross_rounds; round++)); do
    run_round "cross-thread.r$round" cross CrossThreadBenchmark
    run_round "cross-thread.netty-workers.r$round" cross_netty CrossThreadBenchmark "${other_workers[@]}"
  done
fi
minutes=$(( ($(date +%s) - start + 59) / 60 ))

note=""
if [ "$mode" = targets ]; then
  note="**Targets mode: only the cells the round-trip and hand-off targets divide; every other row reads not run.** "
elif [ "$mode" != full ]; then
  note="**${mode^} mode: a check that the suite runs, its figures are not results.** "
fi
description="${note}Run \`benchmarks/run.sh $mode${collector:+ $collector}\` on $(date +%Y-%m-%d), $vm $runtime, $(nproc 2>/dev/null || echo '?') cores, \
$(uname -sm): JMH ${common[*]}, -prof gc, $rounds round(s) of one fork per benchmark and contender \
($cross_rounds for cross-thread), the report joining each one's forks; \
every fork with ${collector:+-XX:+Use${collector}GC }-Xms1g -Xmx1g -XX:+AlwaysPreTouch on Netty 4.2 FastThreadLocalThread workers (4.1 ones for \
netty41Fast and netty42Plain). Took about $minutes min."
"$java" -cp "$jar" dev.poolforge.bench.report.Report "$results/$name.md" "$description" "$metrics" \
  "${main[@]}" "${netty[@]}" "${cross[@]}" "${cross_netty[@]}"
