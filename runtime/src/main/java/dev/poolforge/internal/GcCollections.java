package dev.poolforge.internal;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The JVM's own count of collections, summed over its collectors: the GC clock's second source
 * of GC cycles, for collections that clear no weak reference (a generational ZGC minor cycle).
 * Only {@link Monitoring} calls it, once it knows the JVM has {@code java.management}.
 */
final class GcCollections {
    /** Looked up once; reading a count is a call into the JVM that allocates nothing. */
    private static final List<GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans();

    private GcCollections() {
    }

    static long total() {
        long total = 0;
        for (int i = 0; i < COLLECTORS.size(); i++) {
            total += Math.max(0, COLLECTORS.get(i).getCollectionCount());
        }
        return total;
    }
}
