package dev.poolforge.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Scenario 3: a burst. One thread acquires 32 small objects (working on each), then releases
 * them all, last-acquired first (LIFO) or first-acquired first (FIFO). The time is per object.
 * The pool must hold 32 idle objects for the next burst to be served without creating any.
 * ({@code threadLocalOnce} is left out: a burst is 32 separate acquires and releases, which it
 * does not have.)
 */
@Threads(1)
public class BurstBenchmark extends PoolBenchmark {
    static final int BURST = 32;

    @State(Scope.Benchmark)
    public static class Shared extends SharedPool {
        @Param({"poolforge", "poolforgeNoTier", "stormpot", "stormpotDefault", "netty41", "netty42", "commonsPool2",
                "clq", "mpmc", "threadLocal", "plainNew", "noPool"})
        public String contender;

        @Setup(Level.Trial)
        public void open() {
            open(contender, "small");
        }
    }

    @State(Scope.Thread)
    public static class User extends PoolUser {
        final Object[] leases = new Object[BURST];

        @Setup(Level.Trial)
        public void setUp(Shared shared) {
            use(shared);
        }

        long acquireAll() {
            long result = 0;
            for (int i = 0; i < BURST; i++) {
                leases[i] = pool.acquire();
                result += pool.work(leases[i], seq++);
            }
            return result;
        }
    }

    @Benchmark
    @OperationsPerInvocation(BURST)
    public long lifo(User user) {
        long result = user.acquireAll();
        for (int i = BURST - 1; i >= 0; i--) {
            user.pool.release(user.leases[i]);
        }
        return result;
    }

    @Benchmark
    @OperationsPerInvocation(BURST)
    public long fifo(User user) {
        long result = user.acquireAll();
        for (int i = 0; i < BURST; i++) {
            user.pool.release(user.leases[i]);
        }
        return result;
    }
}
