package dev.poolforge;

import dev.poolforge.internal.LoanTracker;
import dev.poolforge.internal.PoolCore;
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
 * object unused through two GC cycles is gone, as with Go's {@code sync.Pool}.
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
    /** Null unless debug mode is on: a final field the JIT folds, so the checks cost nothing when off. */
    private final LoanTracker loans;

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
            obj = create();
            if (obj == null) {
                throw new NullPointerException(getClass().getName() + ".create() returned null");
            }
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
     *     acquired elsewhere)
     * @throws RuntimeException whatever {@code reset} throws; the object is dropped
     */
    public final void release(T obj) {
        if (obj == null) {
            throw new NullPointerException(
                    "release(obj) on pool '" + name() + "': obj is null; pass the object acquire() returned");
        }
        if (loans != null) {
            loans.giveBack(obj);
        }
        if (!core.pooling() || (loans != null && loans.dropAtRandom())) {
            core.recordDrop();
            return;
        }
        boolean reusable = false;
        try {
            reusable = reset(obj);
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
     * A snapshot of this pool's counters.
     *
     * @return the counters now
     */
    public final PoolStats stats() {
        return core.stats();
    }

    /**
     * The number of idle objects held now, in both generations and all tiers.
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

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{name='" + name() + "', " + stats() + '}';
    }
}
