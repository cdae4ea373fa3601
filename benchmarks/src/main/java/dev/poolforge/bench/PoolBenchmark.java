package dev.poolforge.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every benchmark of the suite shares: time per operation in nanoseconds, forks with a fixed
 * pre-touched heap on Netty FastThreadLocalThread workers ({@link JvmArgs}), the shared pool state
 * and the per-thread round trip. {@code run.sh} sets iterations and forks per mode; the values
 * here are for running a benchmark by hand.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {
    JvmArgs.HEAP_MIN, JvmArgs.HEAP_MAX, JvmArgs.PRE_TOUCH, JvmArgs.WORKERS, JvmArgs.WORKERS_CLASS})
public abstract class PoolBenchmark {
    /** The pool that all threads of a trial share; a subclass declares the parameters that pick it. */
    public abstract static class SharedPool {
        Contender<?> pool;

        void open(String contender, String object) {
            pool = Contender.create(contender, Kind.named(object));
        }

        /** Runs before the pool closes: the place to report what the pool holds. */
        void beforeClose() {
        }

        @TearDown(Level.Trial)
        public final void close() {
            beforeClose();
            pool.close();
        }
    }

    /** One benchmark thread's view of the shared pool. */
    public abstract static class PoolUser {
        Contender<?> pool;
        long seq;

        void use(SharedPool shared) {
            pool = shared.pool.forThread();
        }

        /** Acquire, work, release (which resets): one request's use of a pooled object. */
        final long roundTrip() {
            return pool.roundTrip(seq++);
        }
    }
}
