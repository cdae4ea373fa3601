package dev.poolforge.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.security.AccessController;
import java.security.PrivilegedAction;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Counts GC cycles and sweeps every live pool at each one: the runtime's only background work,
 * one daemon thread for all pools, running while at least one pool exists.
 *
 * <p>What a GC cycle is, on every collector: at least one collection of any kind (young, mixed,
 * full, a ZGC minor or major cycle, a Shenandoah cycle) completed since the previous tick, and at
 * least {@value #MIN_INTERVAL_PROPERTY} milliseconds (default 1000) since it. The clock learns of
 * collections from a weakly reachable sentinel object, which any collection that reaches it
 * clears, and, where the JVM has {@code java.management}, from the collectors' own counts, which
 * it reads when it wakes (at the minimum interval), because some collections (a generational ZGC
 * minor cycle) leave weak references alone. The minimum interval keeps a program that collects
 * hundreds of times a second from evicting objects it reuses every few milliseconds. If no
 * collection happens for {@value #FALLBACK_PROPERTY} seconds (default 120, as Go forces a GC
 * every two minutes; relevant to an idle application, or to a JVM whose collector never runs,
 * such as Epsilon), the clock ticks anyway. With {@code -XX:+DisableExplicitGC}, {@code
 * System.gc()} does not run a collection, so the clock follows the JVM's own collections.
 *
 * <p>The clock reaches pools only through weak references. The same queue reports pools that
 * were collected, and the clock runs what each left to do (their MXBean is unregistered), so that
 * no object of a dead pool, nor its class loader, is kept reachable. When the last pool is gone
 * the thread ends, and the next pool starts a new one: nothing of the runtime outlives the pools
 * of an application that is undeployed.
 *
 * <p>A malformed system property is reported through {@code System.Logger} and its default used.
 */
public final class GcClock {
    /** System property: seconds without a GC cycle after which the clock ticks anyway. */
    public static final String FALLBACK_PROPERTY = "dev.poolforge.gcClock.fallbackSeconds";
    /** System property: the shortest time between two ticks, in milliseconds. */
    public static final String MIN_INTERVAL_PROPERTY = "dev.poolforge.gcClock.minIntervalMillis";

    private static final System.Logger LOG = System.getLogger(GcClock.class.getName());
    /** How often the clock reads the collectors' counts when the minimum interval is shorter. */
    private static final long MIN_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private static final class Holder {
        static final GcClock INSTANCE = new GcClock(
                TimeUnit.SECONDS.toNanos(property(FALLBACK_PROPERTY, "seconds", 120, 1, TimeUnit.DAYS.toSeconds(365))),
                TimeUnit.MILLISECONDS.toNanos(property(MIN_INTERVAL_PROPERTY, "milliseconds", 1000, 0, 3_600_000)));
    }

    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private final Set<CoreRef> cores = ConcurrentHashMap.newKeySet();
    private final long fallbackNanos;
    private final long minIntervalNanos;
    /** Incremented by the clock thread before each sweep; read on the hot path to stamp stores. */
    private volatile long epoch;
    /** Incremented by the clock thread after each sweep, so tests can wait for one. */
    private volatile long sweeps;
    /** Whether a clock thread is running (or about to). Guarded by this. */
    private boolean running;

    private GcClock(long fallbackNanos, long minIntervalNanos) {
        this.fallbackNanos = fallbackNanos;
        this.minIntervalNanos = minIntervalNanos;
    }

    /** @return the clock shared by all pools */
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
     * core, or the core is never collected. Starts the clock thread if none is running.
     */
    synchronized void register(PoolCore core, Runnable afterCollection) {
        cores.add(new CoreRef(core, afterCollection, queue));
        if (!running) {
            running = true;
            // Before the thread starts, on the caller's thread: what monitoring sets up (Flight
            // Recorder's classes, several MiB on first use) is not allocated by the clock's first
            // tick, where it could cause a collection and so a second tick.
            Monitoring.clockStarted();
            // Armed here, not on the new thread: a collection between now and the thread's first
            // step (a System.gc() right after the first pool is made) is not missed.
            Reference<Object> sentinel = armedSentinel();
            long collections = Monitoring.collections();
            long start = System.nanoTime();
            newClockThread(() -> run(sentinel, collections, start)).start();
        }
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

    /**
     * A daemon thread that inherits nothing that could keep the creating application's class
     * loader alive: no inheritable thread-local values (the last constructor argument), no context
     * class loader, and, on JDKs that still have a security manager, no access control context
     * but this class's own (created inside {@code doPrivileged}, so the creator's stack is not
     * captured).
     */
    @SuppressWarnings("removal") // AccessController: still what limits the captured context on JDK 17 to 23
    private static Thread newClockThread(Runnable loop) {
        return AccessController.doPrivileged((PrivilegedAction<Thread>) () -> {
            Thread thread = new Thread(null, loop, "poolforge-gc-clock", 0, false);
            thread.setDaemon(true);
            thread.setContextClassLoader(null);
            return thread;
        });
    }

    /**
     * The clock thread's loop, from the sentinel armed, the collection count read and the time
     * taken when the thread was started.
     */
    private void run(Reference<Object> firstSentinel, long collectionsAtStart, long start) {
        Reference<Object> sentinel = firstSentinel;
        long collections = collectionsAtStart;
        long lastTick = start;
        boolean collected = false;
        while (true) {
            try {
                long sinceTick = System.nanoTime() - lastTick;
                long waitNanos = collected
                        ? minIntervalNanos - sinceTick
                        : Math.min(fallbackNanos - sinceTick, Math.max(minIntervalNanos, MIN_POLL_NANOS));
                Reference<?> ref = waitNanos > 0 ? queue.remove(Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitNanos))) : queue.poll();
                if (ref instanceof CoreRef) {
                    CoreRef gone = (CoreRef) ref;
                    cores.remove(gone);
                    gone.afterCollection.run();
                    if (stopIfNoPoolLeft()) {
                        return;
                    }
                    continue;
                }
                // Any other reference is a sentinel: this one, or one armed before the last tick
                // (which that tick already accounted for) or before the thread last stopped.
                collected |= ref == sentinel;
                long count = Monitoring.collections();
                collected |= count != collections;
                long now = System.nanoTime();
                if (now - lastTick >= minIntervalNanos && (collected || now - lastTick >= fallbackNanos)) {
                    // Everything up to now belongs to this tick; set before sweeping, so that a
                    // sweep that throws cannot make the loop tick again at once.
                    lastTick = now;
                    collected = false;
                    collections = count;
                    if (sentinel.refersTo(null)) {
                        sentinel = armedSentinel();
                    }
                    tick();
                }
            } catch (InterruptedException e) {
                // Nobody owns this thread to stop it; keep counting.
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.WARNING, "poolforge GC clock: a step failed", e);
            }
        }
    }

    /** Ends the thread when every pool has been collected; the next pool starts a new one. */
    private synchronized boolean stopIfNoPoolLeft() {
        if (!cores.isEmpty()) {
            return false;
        }
        running = false;
        Monitoring.clockStopped();
        return true;
    }

    private void tick() {
        long now = epoch + 1;
        epoch = now;
        for (CoreRef ref : cores) {
            PoolCore core = ref.get();
            if (core == null) {
                continue;
            }
            try {
                core.onGcCycle(now);
            } catch (RuntimeException | Error e) {
                // One pool's failure must not stop the others' eviction.
                LOG.log(System.Logger.Level.WARNING, "poolforge GC clock: the sweep of pool '" + core.name() + "' failed", e);
            }
        }
        sweeps++;
    }

    private Reference<Object> armedSentinel() {
        return new WeakReference<>(new Object(), queue);
    }

    /**
     * A whole-number system property within bounds; a malformed or out-of-range value is
     * reported and the default used, so a typo never breaks the class that reads it.
     */
    static long property(String name, String unit, long defaultValue, long min, long max) {
        String value = System.getProperty(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below with the range.
        }
        LOG.log(System.Logger.Level.WARNING, name + " must be a whole number of " + unit + " from " + min + " to " + max
                + ", was '" + value + "'; using " + defaultValue);
        return defaultValue;
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
