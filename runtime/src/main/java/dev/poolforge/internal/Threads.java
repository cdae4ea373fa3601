package dev.poolforge.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** What the hot path needs to know about the calling thread, found without allocating. */
final class Threads {
    /**
     * {@code Thread.isVirtual()} on JDK 21 and later, null before. A static final handle is a
     * constant to the JIT, so the call inlines to a type check and, on JDK 17, the null test folds
     * away.
     */
    private static final MethodHandle IS_VIRTUAL = find("isVirtual", boolean.class);
    /**
     * {@code Thread.threadId()} on JDK 19 and later, null before: final, so a subclass cannot
     * change it, where {@code getId()} can. Where an id can lie, it only places tiers and stripes,
     * and ownership is checked on the thread object (see {@link ThreadTier#ownedBy}).
     */
    private static final MethodHandle THREAD_ID = find("threadId", long.class);
    /**
     * Whether every thread's id is its {@code threadId()}, which no subclass can change and no
     * other thread shares: JDK 19 and later. A constant, so tests of it fold away.
     */
    static final boolean IDS_ARE_FINAL = THREAD_ID != null;

    private Threads() {
    }

    static boolean isVirtual(Thread thread) {
        if (IS_VIRTUAL == null) {
            return false;
        }
        try {
            return (boolean) IS_VIRTUAL.invokeExact(thread);
        } catch (Throwable impossible) {
            throw new AssertionError("Thread.isVirtual() threw", impossible);
        }
    }

    /** The thread's id, from {@code threadId()} where it exists. */
    @SuppressWarnings("deprecation") // getId() only before JDK 19, where it is the one accessor
    static long id(Thread thread) {
        if (THREAD_ID == null) {
            return thread.getId();
        }
        try {
            return (long) THREAD_ID.invokeExact(thread);
        } catch (Throwable impossible) {
            throw new AssertionError("Thread.threadId() threw", impossible);
        }
    }

    /**
     * A well-mixed hash of the thread's id (the SplitMix64 finalizer), so that threads with
     * consecutive ids spread evenly over stripes.
     */
    static int hash(Thread thread) {
        long z = id(thread) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) (z ^ (z >>> 31));
    }

    /** A public no-argument method of {@code Thread}, or null when this JDK lacks it. */
    private static MethodHandle find(String name, Class<?> returnType) {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, name, MethodType.methodType(returnType));
        } catch (NoSuchMethodException olderJdk) {
            return null;
        } catch (IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
