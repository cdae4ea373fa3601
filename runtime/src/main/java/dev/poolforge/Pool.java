package dev.poolforge;

import dev.poolforge.internal.LoanTracker;
import dev.poolforge.internal.PoolCore;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;

/**
 * A pool of reusable objects of type {@code T}, the runtime half of poolforge. The annotation
 * processor generates a final subclass for each {@link Pooled @Pooled} class, implementing
 * {@link #create()} and {@link #reset(Object)}; a hand-written subclass works the same way.
 *
 * <pre>{@code
 * OrderItem item = pool.acquire();
 * try {
 *     ...
 * } finally {
 *     pool.release(item);
 * }
 * }</pre>
 *
 * <p>Idle objects live in three places, tried in this order by {@link #acquire()}: a few per
 * platform thread, reached with no atomic instruction; shared stripes, chosen by thread, that any
 * thread may steal from; and a victim generation, holding what was idle at the last GC cycle. At
 * each GC cycle the idle objects become victims and the previous victims are dropped, so an
 * object unused through two GC cycles is gone, as with Go's {@code sync.Pool}. Objects move
 * between a thread's own few and the stripes several at a time: a thread whose own are all idle
 * when it releases one more moves them to a stripe (all but the newest if it also acquired since
 * it last did so), and a thread that finds none of its own takes the stripe's oldest objects,
 * one to use and the rest to keep, from the other end.
 * So a thread that releases what another acquires (a hand-off) pays an atomic flag once for
 * several objects, each thread at its own end of the stripe, and a thread that uses only its own
 * objects never touches a stripe.
 *
 * <p>Guarantees: an object is never handed to two callers without a release in between; on one
 * thread, {@code release(x)} followed by {@code acquire()} returns {@code x}; idle objects are
 * bounded by {@code 2 * stripes * capacityPerStripe + perThread} per live platform thread that used
 * the pool; any thread may release what another acquired; steady-state acquire and release
 * allocate nothing. All methods are thread-safe.
 *
 * <p>A pool with a {@link PoolConfig.Builder#name(String) name} registers a {@link PoolMXBean}
 * (see {@link #jmxName()}), and every pool reports to Flight Recorder: events {@code
 * dev.poolforge.PoolStatistics} every second and {@code dev.poolforge.PoolRotation} at each GC
 * cycle, when a recording enables them. A pool needs no closing: one that is no longer referenced
 * is collected and unregistered. {@link #close()} is for pools that should stop early.
 *
 * @param <T> the type of the pooled objects
 */
public abstract class Pool<T> implements AutoCloseable {
    private final PoolConfig config;
    private final PoolCore core;
    /** Null unless debug mode is on; off, each check costs a load of this field and a null test. */
    private final LoanTracker loans;
    /** Debug mode with a pool that can compare objects with a fresh one: audit each reset. */
    private final boolean auditsResets;

    /**
     * Creates an empty pool.
     *
     * @param config how the pool holds idle objects
     * @throws NullPointerException if {@code config} is null
     */
    protected Pool(PoolConfig config) {
        this.config = Objects.requireNonNull(config, "config must not be null; use PoolConfig.defaults()");
        this.core = new PoolCore(config, name());
        this.loans = config.debug()
                ? new LoanTracker(name(), config.debugLeakSampleRate(), config.debugDropRate())
                : null;
        this.auditsResets = config.debug() && overridesAudit(getClass());
    }

    /**
     * Returns an idle object, or a new one from {@link #create()} when none is idle. The caller
     * owns it until it passes it to {@link #release(Object)}.
     *
     * @return an object in its reset state
     * @throws RuntimeException whatever {@code create()} throws; the pool stays usable
     */
    public final T acquire() {
        @SuppressWarnings("unchecked") // only release(T) puts objects in the core
        T obj = (T) core.poll();
        if (obj == null) {
            core.recordMiss();
            obj = createNonNull();
        }
        if (loans != null) {
            loans.lend(obj);
        }
        return obj;
    }

    /**
     * Gives an object back to the pool. The object is reset and kept for a later
     * {@link #acquire()}, or dropped if the reset refuses it, throws, or the pool is full. The
     * caller must not use the object afterwards.
     *
     * @param obj an object this pool's {@code acquire()} returned, on any thread
     * @throws NullPointerException if {@code obj} is null
     * @throws IllegalStateException if {@code obj} was released twice in a row on this thread (it
     *     is still the last object the thread gave back); in {@link PoolConfig.Builder#debug(boolean)
     *     debug mode}, whenever {@code obj} is not on loan from this pool (released twice, or
     *     acquired elsewhere), or if after its reset it differs from a fresh object
     *     ({@link #firstDifferenceFromFresh(Object)} names the field); the object is then dropped
     * @throws RuntimeException whatever {@code reset} throws; the object is dropped
     */
    public final void release(T obj) {
        if (obj == null) {
            throw new NullPointerException(
                    "release(obj) on pool '" + name() + "': obj is null; pass the object acquire() returned");
        }
        // Fields read once into locals, as java.util.concurrent does: after the volatile read in
        // pooling() the JIT loads a field again rather than reuse a load from before it. One
        // thread's buffer round trip on G1 took 7.75 against 8.13 ns on JDK 25 (medians of eight
        // forks, p = 0.007), no differently under Shenandoah (benchmarks/README.md).
        PoolCore core = this.core;
        LoanTracker loans = this.loans;
        if (loans != null) {
            loans.giveBack(obj);
        }
        if (!core.pooling() || (loans != null && loans.dropAtRandom())) {
            core.recordDrop();
            return;
        }
        boolean reusable = false;
        try {
            reusable = reset(obj) && (!auditsResets || passesAudit(obj));
        } finally {
            if (!reusable) {
                core.recordDrop();
            }
        }
        if (reusable) {
            core.offer(obj);
        }
    }

    /**
     * Creates up to {@code n} objects with {@link #create()} and keeps them idle, so that the first
     * acquires after start-up find them (Commons Pool's {@code addObjects}, Stormpot's target size).
     * The objects go to the shared stripes, where any thread finds them; creation stops early when
     * the stripes are full ({@code stripes * capacityPerStripe} idle objects) and does nothing when
     * pooling is off or the pool is closed. They count in {@link #idle()}, not as acquires, misses
     * or releases.
     *
     * <p>Prefilled objects age like any idle object: with {@link PoolConfig.Builder#gcEviction(boolean)
     * GC eviction} on (the default), those still unused after two GC cycles are evicted. Prefill
     * therefore warms a pool for traffic that starts within a GC cycle or two; a service that
     * stays idle longer after start-up should prefill when its traffic starts, or build the pool
     * with GC eviction off.
     *
     * @param n how many objects to create, at most
     * @return how many were kept: {@code n}, or fewer when the stripes filled up (or other threads
     *     kept them busy)
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws RuntimeException whatever {@code create()} throws; the objects made before stay idle
     */
    public final int prefill(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("prefill(n) on pool '" + name() + "': n is " + n + "; pass 0 or more");
        }
        return core.prefill(n, this::createNonNull);
    }

    private T createNonNull() {
        T obj = create();
        if (obj == null) {
            throw new NullPointerException(getClass().getName() + ".create() returned null");
        }
        return obj;
    }

    /**
     * A snapshot of this pool's counters.
     *
     * @return the counters now
     */
    public final PoolStats stats() {
        return core.stats();
    }

    /**
     * The number of idle objects held now, in both generations and all tiers: exact when no other
     * thread acquires or releases meanwhile (the GC cycle's rotation may run), else a snapshot that
     * may be off by the objects moving at that moment, and never more than the pool can hold.
     *
     * @return idle objects held now
     */
    public final int idle() {
        return core.idle();
    }

    /** Drops every idle object. Objects acquired now may still be released afterwards. */
    public final void clear() {
        core.clear();
    }

    /** @return the configuration this pool was built with */
    public final PoolConfig config() {
        return config;
    }

    /** @return the configured name, or the pool class's simple name when none was configured */
    public final String name() {
        return config.name().isEmpty() ? getClass().getSimpleName() : config.name();
    }

    /**
     * The object name of this pool's {@link PoolMXBean}, such as {@code
     * dev.poolforge:type=Pool,name=orders}, for a JMX client or {@code jconsole}.
     *
     * @return the object name, or empty when the pool registered none: it has no name, its
     *     configuration turned JMX off, the JVM lacks {@code java.management}, or it is closed
     */
    public final Optional<String> jmxName() {
        return core.closed() ? Optional.empty() : Optional.ofNullable(core.objectName());
    }

    /**
     * Stops pooling: unregisters the MXBean, drops every idle object, and from then on drops
     * every released object without resetting it. {@link #acquire()} still works, creating a new
     * object each time, so objects on loan may be released as usual. Calling it again does
     * nothing more.
     */
    @Override
    public final void close() {
        core.close();
    }

    /**
     * Makes a new object, when no idle one is available. Must not return null.
     *
     * @return a new object in its reset state
     */
    protected abstract T create();

    /**
     * Restores a released object to the state {@link #create()} gives, before it is kept.
     *
     * @param obj the released object
     * @return true to keep the object, false to drop it (for instance because a buffer grew past
     *     its {@code maxSize})
     */
    protected abstract boolean reset(T obj);

    /**
     * Compares {@code obj} with a fresh object from {@link #create()}, field by field: the reset
     * audit. Generated pools implement it with code generated from the class's fields (no
     * reflection), comparing every field they can name except {@code @Keep} fields and final
     * fields whose value cannot change. In {@link PoolConfig.Builder#debug(boolean) debug mode},
     * {@link #release(Object)} runs it after each reset; {@link #assertResetsToFresh(Object)} runs it
     * on demand.
     *
     * @param obj the object to compare, normally one just reset
     * @return the first field that differs, with its value and the fresh object's, such as {@code
     *     "names is [a] where a new OrderItem has []"}; null when none differs
     * @throws UnsupportedOperationException in a hand-written pool that does not override it
     */
    protected String firstDifferenceFromFresh(T obj) {
        throw new UnsupportedOperationException(getClass().getName() + " has no reset audit; generated pools have"
                + " one, and a hand-written pool can override firstDifferenceFromFresh");
    }

    /**
     * Resets {@code obj} as {@link #release(Object)} would, without pooling it, and checks that it
     * is now like a fresh object, for a unit test of a pooled class:
     *
     * <pre>{@code
     * OrderItem item = pool.acquire();
     * item.note = "gift";
     * item.options.add("express");
     * pool.assertResetsToFresh(item);
     * }</pre>
     *
     * @param obj an object in any state, such as one a test just used
     * @throws AssertionError naming the first field that still differs from a fresh object's, or
     *     saying that the reset refused the object (a {@code maxSize} exceeded, a {@code @Reset}
     *     method returned false), which {@code release} would drop instead of reusing
     * @throws NullPointerException if {@code obj} is null
     * @throws UnsupportedOperationException if this pool has no audit (see {@link
     *     #firstDifferenceFromFresh(Object)})
     */
    public final void assertResetsToFresh(T obj) {
        Objects.requireNonNull(obj, "assertResetsToFresh(obj): obj is null; pass an object of this pool's type");
        if (!reset(obj)) {
            throw new AssertionError("pool '" + name() + "' refused to reset " + obj.getClass().getName()
                    + ": release would drop it instead of reusing it");
        }
        String difference = firstDifferenceFromFresh(obj);
        if (difference != null) {
            throw new AssertionError("pool '" + name() + "' reset " + obj.getClass().getName()
                    + " unlike a fresh one: " + difference);
        }
    }

    /** Debug mode's audit of a reset object; the release that called it drops the object. */
    private boolean passesAudit(T obj) {
        String difference = firstDifferenceFromFresh(obj);
        if (difference != null) {
            throw new IllegalStateException("release(obj) on pool '" + name() + "': after its reset, "
                    + obj.getClass().getName() + " differs from a fresh one: " + difference + "; reset that field"
                    + " (annotate it @Reset, or restore it in a @Reset method), or annotate it @Keep");
        }
        return true;
    }

    /** Whether a subclass implements the audit; checked once, at construction in debug mode. */
    private static boolean overridesAudit(Class<?> type) {
        for (Class<?> c = type; c != Pool.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals("firstDifferenceFromFresh") && method.getParameterCount() == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{name='" + name() + "', " + stats() + '}';
    }
}
