package dev.poolforge.bench;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor JMH runs its benchmark threads on ({@code -Djmh.executor=CUSTOM}, see
 * {@link JvmArgs}): a fixed pool, like JMH's default, whose threads are Netty
 * {@code FastThreadLocalThread}s, so that a Recycler can be measured where it is fastest. The
 * benchmark body runs directly on these threads, with no hand-off per operation.
 *
 * <p>A thread is a {@code FastThreadLocalThread} of one Netty version only, and JMH makes its
 * workers before any benchmark state exists, so the system property {@value #VERSION_PROPERTY}
 * picks the version for the whole fork: {@code 4.2} (the default) or {@code 4.1}. The other version
 * sees a plain thread. For every contender that is not a Recycler these are plain platform threads:
 * a {@code FastThreadLocalThread} only adds a field for Netty's own thread-locals.
 */
public final class FastThreadLocalWorkers extends ThreadPoolExecutor {
    /** Which Netty's {@code FastThreadLocalThread} the workers are: {@code 4.2} or {@code 4.1}. */
    static final String VERSION_PROPERTY = "poolforge.bench.fastThreads";

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
        String version = System.getProperty(VERSION_PROPERTY, "4.2");
        AtomicInteger count = new AtomicInteger();
        return task -> {
            String name = prefix + "-netty" + version + "-fastthread-" + count.incrementAndGet();
            Thread thread;
            switch (version) {
                case "4.2":
                    thread = new netty42.io.netty.util.concurrent.FastThreadLocalThread(task, name);
                    break;
                case "4.1":
                    thread = new io.netty.util.concurrent.FastThreadLocalThread(task, name);
                    break;
                default:
                    throw new IllegalArgumentException("-D" + VERSION_PROPERTY + "=" + version
                            + " is not a Netty version the workers can be; use 4.2 or 4.1");
            }
            thread.setDaemon(true);
            return thread;
        };
    }
}
