package dev.poolforge.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Counts GC cycles and sweeps every live pool at each one: the runtime's only background work,
 * one daemon thread for all pools.
 *
 * <p>The clock holds a weakly reachable sentinel object. When a GC cycle clears it, the clock
 * thread wakes on its reference queue, bumps {@link #epoch()}, arms a new sentinel, and sweeps
 * the pools, which it reaches only through weak references. If no GC cycle clears the sentinel
 * for {@value #FALLBACK_PROPERTY} seconds (default 120, as Go forces a GC every two minutes;
 * relevant to an idle application, or to a JVM run with a collector that never runs, such as
 * Epsilon), the clock ticks anyway. With {@code -XX:+DisableExplicitGC}, {@code System.gc()} does
 * not run a cycle, so the clock follows the JVM's own collections.
 *
 * <p>The same queue reports pools that were collected, and the clock runs what each left to do:
 * their MXBean is unregistered, so that no object of a dead pool (nor its class loader) is kept
 * reachable by the MBean server.
 */
public final class GcClock {
    /** System property: seconds without a GC cycle after which the clock ticks anyway. */
    public static final String FALLBACK_PROPERTY = "dev.poolforge.gcClock.fallbackSeconds";

    private static final System.Logger LOG = System.getLogger(GcClock.class.getName());

    private static final class Holder {
        static final GcClock INSTANCE = new GcClock(fallbackNanos());
    }

    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private final Set<CoreRef> cores = ConcurrentHashMap.newKeySet();
    private final long fallbackNanos;
    /** Incremented by the clock thread before each sweep; read on the hot path to stamp tiers. */
    private volatile long epoch;
    /** Incremented by the clock thread after each sweep, so tests can wait for one. */
    private volatile long sweeps;
    /** Only the clock thread touches it after construction. */
    private Reference<Object> sentinel;

    private GcClock(long fallbackNanos) {
        this.fallbackNanos = fallbackNanos;
        armSentinel();
        Thread thread = new Thread(this::run, "poolforge-gc-clock");
        thread.setDaemon(true);
        // A new thread inherits its creator's context class loader; this one lives for the whole
        // JVM and must not pin the loader of whichever application created the first pool.
        thread.setContextClassLoader(null);
        thread.start();
    }

    /** @return the clock shared by all pools, started on first use */
    public static GcClock instance() {
        return Holder.INSTANCE;
    }

    /** @return GC cycles seen so far */
    public long epoch() {
        return epoch;
    }

    /** @return sweeps completed so far; a sweep follows each epoch change */
    public long sweeps() {
        return sweeps;
    }

    /**
     * Starts sweeping the pool's core at each GC cycle until the core is collected, then runs
     * {@code afterCollection} on the clock thread. {@code afterCollection} must not reference the
     * core, or the core is never collected.
     */
    void register(PoolCore core, Runnable afterCollection) {
        cores.add(new CoreRef(core, afterCollection, queue));
    }

    /** Calls {@code action} with each pool core not yet collected, on the calling thread. */
    void forEachLiveCore(Consumer<PoolCore> action) {
        for (CoreRef ref : cores) {
            PoolCore core = ref.get();
            if (core != null) {
                action.accept(core);
            }
        }
    }

    private void run() {
        long deadline = System.nanoTime() + fallbackNanos;
        while (true) {
            try {
                long waitMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                Reference<?> ref = waitMillis > 0 ? queue.remove(waitMillis) : null;
                if (ref == null || ref == sentinel) {
                    tick();
                    deadline = System.nanoTime() + fallbackNanos;
                } else if (ref instanceof CoreRef) {
                    CoreRef collected = (CoreRef) ref;
                    cores.remove(collected);
                    collected.afterCollection.run();
                }
            } catch (InterruptedException e) {
                // Nobody owns this thread to stop it; keep counting.
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.WARNING, "poolforge GC clock: a sweep failed", e);
            }
        }
    }

    private void tick() {
        if (sentinel.refersTo(null)) {
            armSentinel();
        }
        long now = epoch + 1;
        epoch = now;
        forEachLiveCore(core -> core.onGcCycle(now));
        sweeps++;
    }

    private void armSentinel() {
        sentinel = new WeakReference<>(new Object(), queue);
    }

    private static long fallbackNanos() {
        String value = System.getProperty(FALLBACK_PROPERTY, "120");
        long seconds;
        try {
            seconds = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds <= 0 || seconds > TimeUnit.DAYS.toSeconds(365)) {
            throw new IllegalArgumentException(
                    FALLBACK_PROPERTY + " must be a whole number of seconds from 1 to 31536000, was '"
                            + value + "'");
        }
        return TimeUnit.SECONDS.toNanos(seconds);
    }

    /** A weak reference to a pool's core that keeps what is left to do once the core is collected. */
    private static final class CoreRef extends WeakReference<PoolCore> {
        final Runnable afterCollection;

        CoreRef(PoolCore core, Runnable afterCollection, ReferenceQueue<Object> queue) {
            super(core, queue);
            this.afterCollection = afterCollection;
        }
    }
}
