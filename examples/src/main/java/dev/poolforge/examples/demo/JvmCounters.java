package dev.poolforge.examples.demo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/** Reads what the JVM counts about memory: bytes a thread allocated, GC cycles and GC time. */
final class JvmCounters {
    private static final com.sun.management.ThreadMXBean THREADS = threadBean();

    private JvmCounters() {
    }

    /** @return bytes the calling thread has allocated since it started */
    static long allocatedByCurrentThread() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** The collection count and time, summed over all collectors, now. */
    record GcTotals(long collections, long millis) {
        static GcTotals now() {
            long collections = 0;
            long millis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                // -1 means the collector does not count; leave it out rather than subtract.
                collections += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
            return new GcTotals(collections, millis);
        }

        GcTotals since(GcTotals before) {
            return new GcTotals(collections - before.collections, millis - before.millis);
        }
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean)) {
            throw new UnsupportedOperationException(
                    "this JVM does not count allocated bytes per thread (no com.sun.management.ThreadMXBean)");
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        if (!threads.isThreadAllocatedMemorySupported()) {
            throw new UnsupportedOperationException("this JVM does not count allocated bytes per thread");
        }
        threads.setThreadAllocatedMemoryEnabled(true);
        return threads;
    }
}
