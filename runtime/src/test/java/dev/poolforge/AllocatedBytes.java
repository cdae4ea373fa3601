package dev.poolforge;

import java.lang.management.ManagementFactory;

/** What the calling thread allocates while it does some work, read from the JVM's per-thread counter. */
public final class AllocatedBytes {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocatedBytes() {
    }

    /** @return the bytes the calling thread allocated while running {@code work} */
    public static long by(Runnable work) {
        long threadId = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(threadId);
        work.run();
        return THREADS.getThreadAllocatedBytes(threadId) - before;
    }
}
