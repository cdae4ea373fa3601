package dev.poolforge.examples.demo;

import dev.poolforge.PoolStats;
import java.util.List;

/**
 * What one measured run of a variant did and cost.
 *
 * @param variant the variant's name
 * @param operations pipeline operations completed, all threads together
 * @param nanos wall-clock time from start to the last thread's end
 * @param allocatedBytes bytes allocated by the worker threads, summed
 * @param gc collections and collection time during the run
 * @param pools each pool's name and counters at the end; empty for the allocating variant
 */
record PhaseResult(String variant, long operations, long nanos, long allocatedBytes, JvmCounters.GcTotals gc,
        List<PoolCounters> pools) {

    /** A pool's name and its counters. */
    record PoolCounters(String name, PoolStats stats) {
    }

    double operationsPerSecond() {
        return operations * 1e9 / nanos;
    }

    double bytesPerOperation() {
        return (double) allocatedBytes / operations;
    }
}
