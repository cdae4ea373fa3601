package dev.poolforge.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Scenarios 1 and 2: a request's round trip (acquire, work, reset, release) on the small object
 * and on the 64 KiB buffer object, with one thread and with two threads sharing the pool.
 */
public class RoundTripBenchmark extends PoolBenchmark {
    @State(Scope.Benchmark)
    public static class Shared extends SharedPool {
        @Param({"poolforge", "poolforgeNoTier", "stormpot", "stormpotDefault", "netty41", "netty42", "commonsPool2",
                "clq", "mpmc", "threadLocal", "threadLocalOnce", "plainNew", "noPool"})
        public String contender;

        @Param({"small", "buffer"})
        public String object;

        @Setup(Level.Trial)
        public void open() {
            open(contender, object);
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
    @Threads(1)
    public long oneThread(User user) {
        return user.roundTrip();
    }

    @Benchmark
    @Threads(2)
    public long twoThreads(User user) {
        return user.roundTrip();
    }
}
