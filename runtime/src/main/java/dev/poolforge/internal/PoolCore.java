package dev.poolforge.internal;

import dev.poolforge.PoolConfig;
import dev.poolforge.PoolStats;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where a pool keeps its idle objects: a per-thread tier for platform threads, one-object lanes
 * for threads without a tier, shared stripes for every thread, and the counters behind {@code
 * PoolStats}. Knows nothing of creating or resetting
 * objects; {@code dev.poolforge.Pool} does that around it.
 *
 * <p>Only its pool references it; the {@link GcClock} and the pool's MXBean hold it weakly, so a
 * pool that is no longer used is collected with everything it holds.
 */
public final class PoolCore extends TierTable {
    private final GcClock clock;
    private final String name;
    private final boolean gcEviction;
    /**
     * Whether releases keep their objects: false when the configuration disables pooling, and
     * turned false by {@link #close()}, on any thread, while every release reads it. Volatile so
     * that releases on other threads see the change at their next call rather than whenever the
     * JIT lets them; a volatile read is an ordinary load on x86 (and a load-acquire on ARMv8), so
     * release pays nothing more for it than for the final field it replaces.
     */
    private volatile boolean pooling;
    private volatile boolean closed;
    private final Stripes stripes;
    private final Lanes lanes;
    // Events off the steady-state path: a LongAdder costs one uncontended CAS and spreads
    // contended updates over cells instead of making threads fight over one line.
    private final LongAdder misses = new LongAdder();
    private final LongAdder drops = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    /** Objects stored by {@link #prefill}: the stripes count them as stored, but no release put them there. */
    private final LongAdder prefilled = new LongAdder();
    /** Idle objects the stripes hold at most: the most that {@link #prefill} ever creates. */
    private final long stripeCapacity;
    /** The MXBean's registration, or null when the pool registered none. */
    private final JmxRegistration registration;

    /**
     * @param config the pool's configuration
     * @param name the pool's name in monitoring: its configured name, else its class's
     */
    public PoolCore(PoolConfig config, String name) {
        this.clock = GcClock.instance();
        this.name = name;
        this.gcEviction = config.gcEviction();
        this.pooling = config.capacityPerStripe() > 0;
        int perThread = pooling ? config.perThread() : 0;
        // The lanes take their slots out of the stripes', so that the bound holds for both.
        int laneCount = Lanes.countFor(config.stripes(), config.capacityPerStripe());
        int ringCapacity = config.capacityPerStripe() - Lanes.shareOfStripe(laneCount, config.stripes());
        this.lanes = new Lanes(laneCount);
        this.stripes = new Stripes(config.stripes(), ringCapacity, clock);
        this.stripeCapacity = (long) config.stripes() * ringCapacity;
        // Seats only where they find a lane: no pooling means no lanes, and tiny stripes lend none.
        useTiers(perThread, perThread == 0 && laneCount > 0 && pooling, stripes, clock);
        // Last: the MXBean may be read as soon as it is registered, and reads every field above.
        this.registration = Monitoring.attach(this, config);
        clock.register(this, afterCollection(registration));
    }

    /**
     * What is left to do once the core is collected: unregister its MXBean. Static, so that the
     * clean-up cannot capture the core it outlives.
     */
    private static Runnable afterCollection(JmxRegistration registration) {
        return () -> Monitoring.detach(registration);
    }

    /** @return false when the configuration disables pooling or the pool is closed: every release is dropped */
    public boolean pooling() {
        return pooling;
    }

    /** @return an idle object for the calling thread, or null when the pool has none */
    public Object poll() {
        Thread thread = Thread.currentThread();
        ThreadTier tier = tierOf(thread);
        if (tier == null) {
            return pollWithoutTier(Threads.hash(thread), null);
        }
        Object obj = tier.poll();
        if (obj != null) {
            return obj;
        }
        // Only a tier without slots has a seat, and it never holds an object: asked here, after
        // the tier's poll, a round trip through a tier with slots never pays for the question.
        LaneSeat seat = tier.seat();
        return seat == null ? stripes.poll(tier.ownerHash(), tier) : pollWithoutTier(tier.ownerHash(), seat);
    }

    /**
     * Keeps an object that was reset, or counts it as dropped when there is no room.
     *
     * @throws IllegalStateException if {@code obj} is the object this thread released last and it
     *     is still idle here (in its tier, or its lane): released twice in a row (the check costs
     *     one compare, as Netty's)
     */
    public void offer(Object obj) {
        Thread thread = Thread.currentThread();
        ThreadTier tier = tierOf(thread);
        boolean kept = tier == null
                ? offerWithoutTier(Threads.hash(thread), null, obj)
                : offerFromTier(tier, obj);
        if (!kept) {
            drops.increment();
        }
    }

    /**
     * Creates up to {@code n} objects and stores them in the stripes, stopping at the first that
     * finds no room. Never more than the stripes hold, so a huge {@code n} creates no garbage.
     *
     * @return how many objects were stored
     */
    public int prefill(int n, Supplier<?> factory) {
        int stored = 0;
        int hash = Threads.hash(Thread.currentThread());
        for (long i = pooling ? Math.min(n, stripeCapacity) : 0; i > 0; i--) {
            if (!stripes.offer(hash, factory.get())) {
                break;
            }
            prefilled.increment();
            stored++;
        }
        return stored;
    }

    /** Counts an acquire that found no idle object. */
    public void recordMiss() {
        misses.increment();
    }

    /** Counts a released object that is not kept. */
    public void recordDrop() {
        drops.increment();
    }

    /** Drops every idle object. */
    public void clear() {
        stripes.clear();
        lanes.clear();
        tiers.clear();
    }

    /**
     * Stops pooling for good: releases from now on drop their object, idle objects are dropped and
     * the MXBean is unregistered. A release racing with this may still store its object; the
     * GC-cycle eviction drops it, as it drops any idle object.
     */
    public void close() {
        closed = true;
        pooling = false;
        clear();
        Monitoring.detach(registration);
    }

    /** @return whether {@link #close()} was called */
    public boolean closed() {
        return closed;
    }

    /** @return the pool's name in monitoring */
    public String name() {
        return name;
    }

    /** @return the MXBean's object name, or null when the pool registered none */
    public String objectName() {
        return registration == null ? null : registration.objectName();
    }

    /** Victim-generation objects in the stripes and the lanes; racy. */
    long victims() {
        return stripes.victims() + lanes.victims();
    }

    public int idle() {
        return idle(lanes.idle());
    }

    private int idle(int idleInLanes) {
        return stripes.idle() + idleInLanes + tiers.idle();
    }

    /** @return a snapshot of the counters; every release either stored its object or dropped it */
    public PoolStats stats() {
        long dropped = drops.sum();
        // Read before the stripes' counts: prefill stores an object, then counts it here, so a
        // count seen here has its object in stripes.stored() too, and releases never go negative.
        long prefills = prefilled.sum();
        // Each lane read once for both: the lanes' stores are derived from their takes and idle.
        long laneHits = lanes.hits();
        int idleInLanes = lanes.idle();
        return PoolStats.of(
                stripes.hits() + laneHits + tiers.hits(),
                misses.sum(),
                stripes.stored() + lanes.stored(laneHits, idleInLanes) + tiers.stored() - prefills + dropped,
                dropped,
                evictions.sum() + tiers.droppedFromEnded() + tiers.forgottenIdle(),
                idle(idleInLanes));
    }

    /**
     * Called by the clock thread at each GC cycle: the stripes rotate, and objects stored in a
     * thread tier before the previous cycle are dropped, so an object survives one idle cycle and
     * not two. Tiers of ended threads are handed back whether or not eviction is on. A pool that
     * stored nothing for two cycles holds nothing and is skipped: the clock's work grows with the
     * pools in use, and touches no stripe of the others.
     */
    void onGcCycle(long epoch) {
        if (!gcEviction) {
            tiers.retireEnded();
            return;
        }
        if (!stripes.mayHoldObjectsAt(epoch)) {
            return;
        }
        long dropped = stripes.rotate(epoch) + lanes.rotate() + tiers.sweep(epoch - 1);
        evictions.add(dropped);
        Monitoring.rotated(this, epoch, dropped);
    }

    /**
     * Keeps the object in the tier. A full tier first moves its older objects to the stripes, so
     * that a thread releasing what another acquires (a hand-off) takes a stripe's flag once for
     * several objects; when every stripe is full, its oldest object is dropped instead.
     */
    private boolean offerFromTier(ThreadTier tier, Object obj) {
        // Read before the tier's fields: a volatile read between two reads of the same field
        // makes the JIT load it again, so read here, the check and the push share their loads.
        long epoch = clock.epoch();
        if (tier.holdsNewest(obj)) {
            throw releasedTwice(obj);
        }
        if (tier.full()) {
            // A tier without slots is always full: so its seat is asked for here, off the round
            // trip of a tier with slots.
            LaneSeat seat = tier.seat();
            if (seat != null) {
                return offerWithoutTier(tier.ownerHash(), seat, obj);
            }
            int tooOld = stripes.spill(tier);
            if (tooOld > 0) {
                evictions.add(tooOld);
            }
        }
        if (tier.firstStoreIn(epoch)) {
            stripes.noteStore(epoch);
        }
        return tier.push(obj, epoch) == null;
    }

    /**
     * The caller's lane first, then the stripes, newest first.
     *
     * @param seat the lane of a platform thread in a pool without tiers; null for a virtual
     *     thread, whose lane is the one its id hashes to
     */
    private Object pollWithoutTier(int threadHash, LaneSeat seat) {
        Object obj = lanes.poll(threadHash, seat);
        return obj != null ? obj : stripes.poll(threadHash, null);
    }

    /**
     * Keeps the object in the caller's lane; an object the lane held already moves to the stripes,
     * or is dropped when every stripe is full, so that the release counts once either way.
     *
     * @param seat as for {@link #pollWithoutTier}
     */
    private boolean offerWithoutTier(int threadHash, LaneSeat seat, Object obj) {
        Object older = lanes.offer(threadHash, seat, obj);
        if (older == Lanes.RELEASED_TWICE) {
            throw releasedTwice(obj);
        }
        if (older == obj) {
            return stripes.offer(threadHash, obj);
        }
        // obj is in the lane. A stripe that takes the older object notes the epoch after its own
        // push, which comes after the lane's CAS, so that one note covers both objects.
        if (older != null && stripes.offer(threadHash, older)) {
            return true;
        }
        // Read after the lane's CAS, which orders it: an epoch older than a rotation's means
        // the rotation came later and found the object in the lane (see mayHoldObjectsAt).
        stripes.noteStore(clock.epoch());
        return older == null;
    }

    /** Counts the release as dropped and says what went wrong. */
    private IllegalStateException releasedTwice(Object obj) {
        drops.increment();
        return new IllegalStateException("release(obj) on pool '" + name + "': " + obj.getClass().getName() + "@"
                + Integer.toHexString(System.identityHashCode(obj)) + " was released twice in a row and is"
                + " already idle in this pool; release each object once (debug mode reports where)");
    }
}
