package dev.poolforge.bench;

import java.util.concurrent.ThreadFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Scenario 5 (Java 21+): many short-lived virtual threads, as a server with a thread per request
 * has. Each operation starts 1000 virtual threads that each make 100 round trips on the buffer
 * object, and waits for them; the time is per round trip, thread start included (the same for every
 * contender: compare with {@code plainNew}). Afterwards the report gives the number of objects each
 * pool still holds, where the pool tells. ({@code noPool} is left out: its objects belong to one thread.)
 */
@Threads(1)
public class VirtualThreadBenchmark extends PoolBenchmark {
    static final int VIRTUAL_THREADS = 1000;
    static final int ROUND_TRIPS = 100;

    @State(Scope.Benchmark)
    public static class Shared extends SharedPool {
        @Param({"poolforge", "stormpot", "stormpotDefault", "netty41", "netty42",
                "commonsPool2", "clq", "mpmc", "threadLocal", "threadLocalOnce", "plainNew"})
        public String contender;

        final Thread[] threads = new Thread[VIRTUAL_THREADS];
        ThreadFactory virtualThreads;
        Runnable requests;
        volatile long sink;

        @Setup(Level.Trial)
        public void open() {
            virtualThreads = VirtualThreads.factory();
            open(contender, "buffer");
            Contender<?> shared = pool;
            requests = () -> {
                long result = 0;
                for (long seq = 0; seq < ROUND_TRIPS; seq++) {
                    result += shared.roundTrip(seq);
                }
                sink = result;
            };
        }

        @Override
        void beforeClose() {
            Metrics.record("VirtualThreadBenchmark", contender, "retained", pool.retained());
        }
    }

    @Benchmark
    @OperationsPerInvocation(VIRTUAL_THREADS * ROUND_TRIPS)
    public void manyVirtualThreads(Shared shared) throws InterruptedException {
        Thread[] threads = shared.threads;
        for (int i = 0; i < threads.length; i++) {
            threads[i] = shared.virtualThreads.newThread(shared.requests);
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
