package dev.poolforge.examples.demo;

import dev.poolforge.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Runs a variant's pipeline on worker threads for a while, measuring what it costs. */
final class Phase {
    private Phase() {
    }

    /**
     * Runs {@code variant} on {@code threadCount} threads for {@code seconds}, reporting progress as it goes.
     *
     * @param label what the progress line calls this phase
     */
    static PhaseResult run(Variant variant, int threadCount, int seconds, String label, Progress progress)
            throws InterruptedException {
        Pipeline pipeline = new Pipeline(variant);
        CountDownLatch start = new CountDownLatch(1);
        long durationNanos = seconds * 1_000_000_000L;
        List<Worker> workers = new ArrayList<>(threadCount);
        List<Thread> threads = new ArrayList<>(threadCount);
        for (int t = 0; t < threadCount; t++) {
            Worker worker = new Worker(pipeline, start, durationNanos);
            Thread thread = new Thread(worker, "demo-" + variant.name + "-" + t);
            thread.start();
            workers.add(worker);
            threads.add(thread);
        }

        JvmCounters.GcTotals gcBefore = JvmCounters.GcTotals.now();
        long startNanos = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                progress.show(label, System.nanoTime() - startNanos, durationNanos);
                thread.join(200);
            }
        }
        long nanos = System.nanoTime() - startNanos;
        JvmCounters.GcTotals gc = JvmCounters.GcTotals.now().since(gcBefore);

        long operations = 0;
        long allocatedBytes = 0;
        for (Worker worker : workers) {
            operations += worker.operations;
            allocatedBytes += worker.allocatedBytes;
        }
        List<PhaseResult.PoolCounters> pools = new ArrayList<>();
        for (Pool<?> pool : variant.pools) {
            pools.add(new PhaseResult.PoolCounters(pool.name(), pool.stats()));
        }
        return new PhaseResult(variant.name, operations, nanos, allocatedBytes, gc, pools);
    }

    /** One worker thread: runs the pipeline until the time is up and records what it did. */
    private static final class Worker implements Runnable {
        /** The clock is read once per this many operations, to keep it out of the cost. */
        private static final int OPERATIONS_PER_CLOCK_CHECK = 64;

        private final Pipeline pipeline;
        private final CountDownLatch start;
        private final long durationNanos;
        // Written by the worker before it ends, read after join: the join makes them visible.
        long operations;
        long allocatedBytes;
        /** Kept so that the JIT cannot drop the work as unused. */
        long checksum;

        Worker(Pipeline pipeline, CountDownLatch start, long durationNanos) {
            this.pipeline = pipeline;
            this.start = start;
            this.durationNanos = durationNanos;
        }

        @Override
        public void run() {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long allocatedBefore = JvmCounters.allocatedByCurrentThread();
            long deadline = System.nanoTime() + durationNanos;
            int n = 0;
            while (System.nanoTime() < deadline) {
                for (int i = 0; i < OPERATIONS_PER_CLOCK_CHECK; i++) {
                    checksum += pipeline.process(n++);
                }
            }
            allocatedBytes = JvmCounters.allocatedByCurrentThread() - allocatedBefore;
            operations = n;
        }
    }
}
