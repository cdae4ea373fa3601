package dev.poolforge.bench;

import java.util.Locale;
import org.jctools.queues.SpscArrayQueue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Control;

/**
 * Scenario 4: objects acquired on one thread and released on another. The producer acquires a
 * small object, works on it and hands it to the consumer through a bounded single-producer
 * single-consumer queue, the same queue for every contender; the consumer releases it. The score
 * is JMH's for the group. Cross-thread timings vary from fork to fork: the report gives the median
 * and the range over forks, and each fork beside the machine's core-to-core round trip measured
 * before and after it ({@link CoreToCore}), which a virtual machine may change in mid-run.
 * {@code poolforgePerThread16} is poolforge configured as README.md advises for a hand-off: tiers
 * of 16, so that objects move between the threads 15 at a time; {@code poolforgeNoTier} has no
 * tier, so the releasing thread keeps its last object in its lane and passes the others on,
 * one at a time, through the stripes.
 * ({@code noPool} and {@code threadLocalOnce} have no meaning here: their objects belong to one
 * thread, and the second exists only as a whole round trip on one thread.)
 */
public class CrossThreadBenchmark extends PoolBenchmark {
    /** Objects in flight between the two threads at most. */
    static final int HANDOFF_CAPACITY = 16;
    /** The metric with each fork's core-to-core round trip ({@link CoreToCore}) before and after, in ns. */
    public static final String CORE_TO_CORE = "coreToCoreNs";
    private static final long PROBE_MILLIS = 50;

    @State(Scope.Group)
    public static class Shared extends SharedPool {
        @Param({"poolforge", "poolforgePerThread16", "poolforgeNoTier", "stormpot", "stormpotDefault", "netty41",
                "netty42", "commonsPool2", "clq", "mpmc", "threadLocal", "plainNew"})
        public String contender;

        final SpscArrayQueue<Object> handoff = new SpscArrayQueue<>(HANDOFF_CAPACITY);
        long seq;
        /** The machine's core-to-core round trip before this fork's iterations, in ns. */
        private double coreToCoreBefore;

        @Setup(Level.Trial)
        public void open() {
            coreToCoreBefore = CoreToCore.roundTripNanos(PROBE_MILLIS);
            open(contender, "small");
        }

        /**
         * One figure per fork, in fork order, as JMH lists the forks' scores: the round trip before
         * and after the fork's iterations, when the benchmark's threads are idle.
         */
        @Override
        void beforeClose() {
            double after = CoreToCore.roundTripNanos(PROBE_MILLIS);
            Metrics.record("CrossThreadBenchmark", contender, CORE_TO_CORE,
                    String.format(Locale.ROOT, "%.0f/%.0f", coreToCoreBefore, after));
        }
    }

    @Benchmark
    @Group("handoff")
    @GroupThreads(1)
    public long acquireOnProducer(Shared shared, Control control) {
        Contender<?> pool = shared.pool;
        Object lease = pool.acquire();
        long result = pool.work(lease, shared.seq++);
        for (int attempt = 0; !shared.handoff.offer(lease); attempt++) {
            if (control.stopMeasurement) {
                pool.release(lease);
                return result;
            }
            Handoff.pause(attempt);
        }
        return result;
    }

    @Benchmark
    @Group("handoff")
    @GroupThreads(1)
    public void releaseOnConsumer(Shared shared, Control control) {
        Object lease;
        for (int attempt = 0; (lease = shared.handoff.poll()) == null; attempt++) {
            if (control.stopMeasurement) {
                return;
            }
            Handoff.pause(attempt);
        }
        shared.pool.release(lease);
    }
}
