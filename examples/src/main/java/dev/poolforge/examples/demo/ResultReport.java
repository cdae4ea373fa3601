package dev.poolforge.examples.demo;

import dev.poolforge.PoolStats;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** Prints the measured results: one row per variant, then the counters of each pool. */
final class ResultReport {
    static final String[] VARIANT_COLUMNS = {
        "variant", "ops", "ops/s", "bytes/op", "GC count", "GC ms", "pool hit rate", "drops", "evictions"};
    static final String[] POOL_COLUMNS = {"pool", "acquires", "hits", "misses", "releases", "drops", "evictions", "idle"};
    private static final String NOT_APPLICABLE = "-";

    private ResultReport() {
    }

    static void print(PrintStream out, List<PhaseResult> results) {
        TextTable variants = new TextTable(VARIANT_COLUMNS);
        for (PhaseResult result : results) {
            variants.row(result.variant(), count(result.operations()), count(Math.round(result.operationsPerSecond())),
                    count(Math.round(result.bytesPerOperation())), count(result.gc().collections()),
                    count(result.gc().millis()), hitRate(result.pools()), poolSum(result.pools(), PoolStats::drops),
                    poolSum(result.pools(), PoolStats::evictions));
        }
        variants.print(out);

        for (PhaseResult result : results) {
            if (result.pools().isEmpty()) {
                continue;
            }
            out.println();
            out.println("Pools of the " + result.variant() + " variant:");
            TextTable pools = new TextTable(POOL_COLUMNS);
            for (PhaseResult.PoolCounters pool : result.pools()) {
                PoolStats stats = pool.stats();
                pools.row(pool.name(), count(stats.acquires()), count(stats.hits()), count(stats.misses()),
                        count(stats.releases()), count(stats.drops()), count(stats.evictions()), count(stats.idle()));
            }
            pools.print(out);
        }
    }

    /** Hits over acquires across all of the variant's pools. */
    private static String hitRate(List<PhaseResult.PoolCounters> pools) {
        if (pools.isEmpty()) {
            return NOT_APPLICABLE;
        }
        long hits = 0;
        long acquires = 0;
        for (PhaseResult.PoolCounters pool : pools) {
            hits += pool.stats().hits();
            acquires += pool.stats().acquires();
        }
        return acquires == 0 ? NOT_APPLICABLE : String.format(Locale.ROOT, "%.3f%%", 100.0 * hits / acquires);
    }

    private static String poolSum(List<PhaseResult.PoolCounters> pools, ToLongFunction<PoolStats> counter) {
        return pools.isEmpty() ? NOT_APPLICABLE : count(pools.stream().mapToLong(p -> counter.applyAsLong(p.stats())).sum());
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
