package dev.poolforge.internal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A pool's MXBean registration, undone exactly once: by {@code close()} or, for a pool never
 * closed, by the GC clock after the pool was collected, whichever comes first. Undoing it by its
 * own record rather than by name means that a pool which inherited the name of a closed one is
 * never unregistered by the closed one's clean-up.
 */
final class JmxRegistration {
    private final String objectName;
    private final PoolMBeans.Suffixes suffixes;
    private final int suffix;
    private final AtomicBoolean undone = new AtomicBoolean();

    JmxRegistration(String objectName, PoolMBeans.Suffixes suffixes, int suffix) {
        this.objectName = objectName;
        this.suffixes = suffixes;
        this.suffix = suffix;
    }

    String objectName() {
        return objectName;
    }

    /** Unregisters the MXBean and gives its name back, the first time only. */
    void undo() {
        if (undone.compareAndSet(false, true)) {
            PoolMBeans.unregister(objectName, suffixes, suffix);
        }
    }
}
