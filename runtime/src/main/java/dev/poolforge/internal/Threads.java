package dev.poolforge.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

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
     * Before JDK 19, where {@code Thread.getId()} can be overridden: a reader of the field behind
     * it, {@code Thread.tid}, through {@code sun.misc.Unsafe} (the {@code jdk.unsupported}
     * module), which a subclass cannot change; null on JDK 19 and later, and where the JVM denies
     * that access. A constant handle with the field's offset bound in, so the call inlines to one
     * load from the thread object, where {@code getId()} is a virtual call.
     */
    private static final MethodHandle TID = THREAD_ID == null ? findTidReader() : null;
    /**
     * Whether every thread's id is its own, which no subclass can change and no other thread
     * shares: {@code threadId()} on JDK 19 and later, the {@code tid} field before. A constant, so
     * tests of it fold away.
     */
    static final boolean IDS_ARE_FINAL = THREAD_ID != null || TID != null;

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

    /**
     * The thread's own id: {@code threadId()} on JDK 19 and later, {@code tid} before; what
     * {@code getId()} answers only where neither can be read.
     */
    @SuppressWarnings("deprecation") // getId() only before JDK 19, where it is the one public accessor
    static long id(Thread thread) {
        try {
            if (THREAD_ID != null) {
                return (long) THREAD_ID.invokeExact(thread);
            }
            if (TID != null) {
                return (long) TID.invokeExact(thread);
            }
        } catch (Throwable impossible) {
            throw new AssertionError("reading the thread's id threw", impossible);
        }
        return thread.getId();
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

    /**
     * Maps a {@link #hash} onto [0, n) with a multiply and a shift, for any {@code n}, not only
     * powers of two: a thread's home stripe and its lane.
     */
    static int spread(int threadHash, int n) {
        return (int) (((threadHash & 0xFFFF_FFFFL) * n) >>> 32);
    }

    /**
     * {@code Thread.tid} read through {@code sun.misc.Unsafe}, as a {@code (Thread)long} handle, or
     * null when the JVM does not let this code reach it.
     */
    private static MethodHandle findTidReader() {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            Object unsafe = theUnsafe.get(null);
            Field tid = Thread.class.getDeclaredField("tid");
            long offset = (long) unsafeClass.getMethod("objectFieldOffset", Field.class).invoke(unsafe, tid);
            MethodHandle getLong = MethodHandles.publicLookup().findVirtual(unsafeClass, "getLong",
                    MethodType.methodType(long.class, Object.class, long.class));
            return MethodHandles.insertArguments(getLong.bindTo(unsafe), 1, offset)
                    .asType(MethodType.methodType(long.class, Thread.class));
        } catch (ReflectiveOperationException | RuntimeException denied) {
            return null;
        }
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
