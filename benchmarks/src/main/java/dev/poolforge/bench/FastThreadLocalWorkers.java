package dev.poolforge.bench;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import netty42.io.netty.util.concurrent.FastThreadLocalThread;

/**
 * The executor JMH runs its benchmark threads on ({@code -Djmh.executor=CUSTOM}, see
 * {@link JvmArgs}): a fixed pool, like JMH's default, whose threads are Netty 4.2
 * {@link FastThreadLocalThread}s, so that Netty 4.2's Recycler pools. The benchmark body runs
 * directly on these threads, with no hand-off per operation.
 *
 * <p>For every other contender these are plain platform threads: {@code FastThreadLocalThread}
 * only adds a field for Netty's own thread-locals. Netty 4.1 does not recognize 4.2's (relocated)
 * class, so {@code netty41} is measured on plain threads as intended.
 */
public final class FastThreadLocalWorkers extends ThreadPoolExecutor {
    /**
     * The constructor JMH calls.
     *
     * @param threads how many worker threads the benchmark needs
     * @param prefix the name prefix JMH gives its workers
     */
    public FastThreadLocalWorkers(int threads, String prefix) {
        super(threads, threads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), factory(prefix));
    }

    private static ThreadFactory factory(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new FastThreadLocalThread(task, prefix + "-fastthread-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
