package dev.poolforge.internal;

import dev.poolforge.PoolConfig;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a pool keeps its idle objects: a per-thread tier for platform threads, shared stripes for
 * every thread, and the counters behind {@code PoolStats}. Knows nothing of creating or resetting
 * objects; {@code dev.poolforge.Pool} does that around it.
 *
 * <p>Only its pool references it; the {@link GcClock} holds it weakly, so a pool that is no
 * longer used is collected with everything it holds.
 */
public final class PoolCore {
    private final GcClock clock;
    private final boolean gcEviction;
    private final boolean pooling;
    private final int perThread;
    private final Stripes stripes;
    private final ThreadTiers tiers = new ThreadTiers();
    /**
     * The calling thread's tier; null when the tier is off. The stored {@link ThreadTier} does not
     * reference this core, so a thread's map entry never keeps the pool alive.
     */
    private final ThreadLocal<ThreadTier> tierOfThread;
    // Events off the steady-state path: a LongAdder costs one uncontended CAS and spreads
    // contended updates over cells instead of making threads fight over one line.
    private final LongAdder misses = new LongAdder();
    private final LongAdder drops = new LongAdder();
    private final LongAdder evictions = new LongAdder();

    public PoolCore(PoolConfig config) {
        this.clock = GcClock.instance();
        this.gcEviction = config.gcEviction();
        this.pooling = config.capacityPerStripe() > 0;
        this.perThread = pooling ? config.perThread() : 0;
        this.stripes = new Stripes(config.stripes(), config.capacityPerStripe());
        this.tierOfThread = perThread > 0 ? new ThreadLocal<>() : null;
        clock.register(this, tiers);
    }

    /** @return false when the configuration disables pooling: every release is dropped */
    public boolean pooling() {
        return pooling;
    }

    /** @return an idle object for the calling thread, or null when the pool has none */
    public Object poll() {
        Thread thread = Thread.currentThread();
        ThreadTier tier = tierOf(thread);
        if (tier != null) {
            Object obj = tier.poll(clock.epoch());
            if (obj != null) {
                return obj;
            }
        }
        return stripes.poll(Threads.hash(thread));
    }

    /** Keeps an object that was reset, or counts it as dropped when there is no room. */
    public void offer(Object obj) {
        Thread thread = Thread.currentThread();
        ThreadTier tier = tierOf(thread);
        Object overflow = tier == null ? obj : tier.push(obj, clock.epoch());
        if (overflow != null && !stripes.offer(Threads.hash(thread), overflow)) {
            drops.increment();
        }
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
        tiers.clear();
    }

    public int idle() {
        return stripes.idle() + tiers.idle();
    }

    public long hits() {
        return stripes.hits() + tiers.hits();
    }

    public long misses() {
        return misses.sum();
    }

    /** Every release either stored the object or dropped it. */
    public long releases() {
        return stripes.stored() + tiers.stored() + drops.sum();
    }

    public long drops() {
        return drops.sum();
    }

    public long evictions() {
        return evictions.sum();
    }

    /**
     * Called by the clock thread at each GC cycle: the stripes rotate, and a thread tier unused
     * since the previous cycle is emptied, so an object survives one idle cycle and not two.
     * Tiers of ended threads are emptied whether or not eviction is on.
     */
    void onGcCycle(long epoch) {
        long dropped = gcEviction
                ? stripes.rotate() + tiers.sweep(epoch - 1)
                : tiers.sweep(Long.MIN_VALUE);
        evictions.add(dropped);
    }

    /** Virtual threads get no tier: a hundred thousand of them would each pin their own objects. */
    private ThreadTier tierOf(Thread thread) {
        if (tierOfThread == null || Threads.isVirtual(thread)) {
            return null;
        }
        ThreadTier tier = tierOfThread.get();
        return tier != null ? tier : newTier(thread);
    }

    private ThreadTier newTier(Thread thread) {
        ThreadTier tier = new ThreadTier(perThread, thread, clock.epoch());
        tierOfThread.set(tier);
        tiers.add(tier);
        return tier;
    }
}
