package dev.poolforge.bench;

import dev.poolforge.PoolStats;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Scenario 6: round trips on the buffer object while a background thread allocates short-lived
 * garbage at a steady rate, so that GC cycles happen all through the run and a pool that drops
 * idle objects at GC cycles is exercised. Reported besides the time, over the measurement
 * iterations: poolforge's hit rate, objects created per second, and the GC cycles seen.
 */
@Threads(1)
public class GcInterplayBenchmark extends PoolBenchmark {
    /** The background allocates in chunks this big: well under half a G1 region, so never humongous. */
    static final int CHUNK = 64 * 1024;

    @State(Scope.Benchmark)
    public static class Shared extends SharedPool {
        @Param({"poolforge", "stormpot", "stormpotDefault", "netty41", "netty42", "commonsPool2",
                "clq", "mpmc", "threadLocal", "threadLocalOnce", "plainNew", "noPool"})
        public String contender;

        /** Background allocation rate. */
        @Param({"512"})
        public int allocMiBPerSecond;

        private volatile boolean allocating;
        private Thread allocator;
        private long startNanos;
        private long startCreates;
        private long startGcs;
        private PoolStats startStats;

        @Setup(Level.Trial)
        public void open() {
            open(contender, "buffer");
            allocating = true;
            allocator = new Thread(this::allocate, "background-allocator");
            allocator.setDaemon(true);
            allocator.start();
        }

        /** Takes the counters at the start of the first measurement iteration. */
        @Setup(Level.Iteration)
        public void markMeasurementStart(IterationParams iteration) {
            if (startNanos == 0 && iteration.getType() == IterationType.MEASUREMENT) {
                startCreates = pool.creates();
                startGcs = gcCycles();
                startStats = pool instanceof PoolforgeContender ? ((PoolforgeContender<?>) pool).stats() : null;
                startNanos = System.nanoTime();
            }
        }

        @Override
        void beforeClose() {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            allocating = false;
            String benchmark = "GcInterplayBenchmark";
            long creates = pool.creates();
            Metrics.record(benchmark, contender, "createsPerSecond",
                    creates < 0 ? "every acquire" : String.format("%.1f", (creates - startCreates) / seconds));
            Metrics.record(benchmark, contender, "gcCycles", Long.toString(gcCycles() - startGcs));
            if (startStats != null) {
                PoolStats now = ((PoolforgeContender<?>) pool).stats();
                long acquires = now.acquires() - startStats.acquires();
                long hits = now.hits() - startStats.hits();
                Metrics.record(benchmark, contender, "hitRate",
                        acquires == 0 ? "n/a" : String.format("%.4f", (double) hits / acquires));
                Metrics.record(benchmark, contender, "evictions",
                        Long.toString(now.evictions() - startStats.evictions()));
            }
        }

        private void allocate() {
            Object[] recent = new Object[64];
            long chunksPerSecond = (long) allocMiBPerSecond * (1024 * 1024 / CHUNK);
            long interval = 1_000_000_000L / chunksPerSecond;
            long next = System.nanoTime();
            for (int i = 0; allocating; i++) {
                recent[i & (recent.length - 1)] = new byte[CHUNK];
                next += interval;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        }

        private static long gcCycles() {
            long cycles = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                cycles += Math.max(0, gc.getCollectionCount());
            }
            return cycles;
        }
    }

    @State(Scope.Thread)
    public static class User extends PoolUser {
        @Setup(Level.Trial)
        public void setUp(Shared shared) {
            use(shared);
        }
    }

    @Benchmark
    public long oneThread(User user) {
        return user.roundTrip();
    }
}
