package dev.poolforge.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ThreadFactory;

/** Virtual threads, reached by method handles so that the suite still compiles for Java 17. */
final class VirtualThreads {
    private VirtualThreads() {
    }

    /** @return whether this JVM has virtual threads (Java 21 or later) */
    static boolean available() {
        return Runtime.version().feature() >= 21;
    }

    /**
     * {@code Thread.ofVirtual().factory()}.
     *
     * @return a factory of unstarted virtual threads
     * @throws UnsupportedOperationException before Java 21
     */
    static ThreadFactory factory() {
        if (!available()) {
            throw new UnsupportedOperationException("virtual threads need Java 21 or later; this JVM is "
                    + Runtime.version() + ". run.sh skips the virtual-thread benchmark on it.");
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> builder = Class.forName("java.lang.Thread$Builder");
            Class<?> ofVirtual = Class.forName("java.lang.Thread$Builder$OfVirtual");
            MethodHandle newBuilder = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(ofVirtual));
            MethodHandle factory = lookup.findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class));
            return (ThreadFactory) factory.invoke(newBuilder.invoke());
        } catch (Throwable e) {
            throw new IllegalStateException("could not make a virtual-thread factory on " + Runtime.version(), e);
        }
    }
}
