package dev.poolforge.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.ToLongFunction;

/**
 * The shared tier of a pool: a fixed set of {@link Stripe}s. A thread starts at the stripe its
 * id hashes to and moves to the next one whenever a stripe is busy, empty or full, so threads
 * never wait for each other and an object released on one stripe can be taken from any other
 * (stealing).
 */
final class Stripes {
    private static final VarHandle LAST_STORE_EPOCH;

    static {
        try {
            LAST_STORE_EPOCH = MethodHandles.lookup().findVarHandle(Stripes.class, "lastStoreEpoch", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * How many times a scan goes round the stripes once it met a busy one that could have served
     * it, with a spin hint at each busy stripe. A flag is held for a few stores only, so a few
     * more tries nearly always find it free, where giving up costs a drop on release and an
     * allocation on acquire. Two threads handing objects over through one pool's stripes (a
     * producer acquiring, a consumer releasing) dropped and recreated 3.5% to 4% of the objects
     * with two rounds and no hint, 0.007% with sixteen (2 stripes; 13.6% and 0.4% with 1). Bounded,
     * so no thread ever waits for a flag for long, the GC clock's hand-back included.
     */
    private static final int BUSY_ROUNDS = 16;

    private final Stripe[] stripes;
    private final GcClock clock;
    /**
     * The GC-clock epoch of the pool's latest store, into a stripe or a thread tier: a pool that
     * stored nothing for two GC cycles holds nothing, so the clock skips it (see {@link
     * #mayHoldObjectsAt}). Only rises: written with a CAS, once per epoch, by the first store that
     * sees a newer epoch, so the stores in between pay one load and a compare.
     */
    private long lastStoreEpoch = Long.MIN_VALUE;

    Stripes(int count, int capacity, GcClock clock) {
        this.clock = clock;
        this.stripes = new Stripe[count];
        long epoch = clock.epoch();
        for (int i = 0; i < count; i++) {
            stripes[i] = new Stripe(capacity, epoch);
        }
    }

    /**
     * An idle object, or null: the current generation of every stripe first, starting at the
     * caller's own, then the victim generation, so that victims are taken only when nothing
     * fresher is left and otherwise age out, as in Go's {@code sync.Pool}.
     *
     * <p>A stripe whose flag the caller needs is held is skipped, never waited for. When a skipped
     * stripe had objects, the scan of the current generation goes round up to {@link
     * #BUSY_ROUNDS} times before the victims: a thread that only acquires (the producer of a
     * hand-off) otherwise misses, and creates, whenever it meets the releasing thread at the one
     * stripe that holds objects.
     *
     * @param refill the caller's tier, empty, to receive more objects of the current generation
     *     with the one returned ({@link Stripe#tryPollInto}); null for a caller without a tier
     */
    Object poll(int threadHash, ThreadTier refill) {
        int start = home(threadHash);
        for (int i = 0, s = start, end = stripes.length; i < end; i++, s = next(s)) {
            Stripe stripe = stripes[s];
            if (stripe.looksEmpty()) {
                continue;
            }
            Object obj = refill == null ? stripe.tryPollNewest() : stripe.tryPollInto(refill);
            if (obj == Stripe.BUSY) {
                end = BUSY_ROUNDS * stripes.length;
                Thread.onSpinWait();
            } else if (obj != null) {
                return obj;
            }
        }
        for (int i = 0, s = start; i < stripes.length; i++, s = next(s)) {
            Stripe stripe = stripes[s];
            if (stripe.victimHint() > 0) {
                Object obj = stripe.tryPollVictim();
                if (obj != null && obj != Stripe.BUSY) {
                    return obj;
                }
            }
        }
        return null;
    }

    /**
     * Stores the object in the first stripe, from the caller's own, that is free and has room;
     * like {@link #poll}, goes round up to {@link #BUSY_ROUNDS} times when a stripe with room was
     * skipped because busy.
     */
    boolean offer(int threadHash, Object obj) {
        for (int i = 0, s = home(threadHash), end = stripes.length; i < end; i++, s = next(s)) {
            Stripe stripe = stripes[s];
            if (stripe.looksFull()) {
                continue;
            }
            int stored = stripe.tryPush(obj);
            if (stored == Stripe.FLAG_HELD) {
                end = BUSY_ROUNDS * stripes.length;
                Thread.onSpinWait();
            } else if (stored == 1) {
                // The epoch is read after the push: if it is still the one before a rotation,
                // the push came before that rotation took the flags, so the object is dropped by
                // the rotation after it, which the clock runs (see mayHoldObjectsAt).
                noteStore(clock.epoch());
                return true;
            }
        }
        return false;
    }

    /**
     * Makes room in a full thread tier by moving its older objects into the first stripe, from
     * the owner's own, that is free and has room ({@link Stripe#trySpill}); goes round like
     * {@link #offer} when such a stripe was busy. The caller owns {@code tier}; it stays full
     * only when every stripe is full, or stayed busy through those rounds, or a sweep holds the
     * tier's guard ({@link ThreadTier#spill}). In that last case, once per GC cycle at most, the
     * walk still takes each stripe's put flag for a spill that moves nothing. Taking the guard
     * here instead, once for the whole walk, ran the hand-off no faster in interleaved rounds
     * (benchmarks/README.md), so the hand-off's path stays as the targets measured it.
     *
     * @return how many objects were dropped on the way as too old
     */
    int spill(ThreadTier tier) {
        int dropped = 0;
        for (int i = 0, s = home(tier.ownerHash()), end = stripes.length; i < end && tier.full(); i++, s = next(s)) {
            Stripe stripe = stripes[s];
            if (stripe.looksFull()) {
                continue;
            }
            int result = stripe.trySpill(tier);
            if (result == Stripe.FLAG_HELD) {
                end = BUSY_ROUNDS * stripes.length;
                Thread.onSpinWait();
            } else {
                dropped += result;
            }
        }
        return dropped;
    }

    /**
     * The GC-cycle rotation of {@code epoch} in every stripe. A stripe whose flag a user thread
     * held throughout is skipped: its objects stay one cycle longer, and the clock never waits. A
     * loop rather than a {@link #sum}, whose lambda would capture the epoch and allocate.
     *
     * @return how many objects of the victim generation were dropped
     */
    long rotate(long epoch) {
        long dropped = 0;
        for (Stripe stripe : stripes) {
            dropped += Math.max(0, stripe.rotate(epoch));
        }
        return dropped;
    }

    /** Drops every idle object, skipping a stripe whose flag a user thread held throughout; returns how many. */
    long clear() {
        return sum(stripe -> Math.max(0, stripe.clear()));
    }

    /** Victim-generation objects; racy. */
    long victims() {
        return sum(Stripe::victimHint);
    }

    /** Records a store into the pool in {@code epoch}; from any thread. */
    void noteStore(long epoch) {
        long last;
        while ((last = (long) LAST_STORE_EPOCH.getOpaque(this)) < epoch) {
            if (LAST_STORE_EPOCH.compareAndSet(this, last, epoch)) {
                return;
            }
        }
    }

    /**
     * Whether the pool may hold objects at GC cycle {@code epoch}. An object stored in epoch
     * {@code e} becomes a victim (or old, in a tier) at {@code e + 1} and is dropped at {@code e +
     * 2}; after that, a pool with no store has nothing left to rotate.
     */
    boolean mayHoldObjectsAt(long epoch) {
        return (long) LAST_STORE_EPOCH.getOpaque(this) >= epoch - 2;
    }

    /** Idle objects in both generations; racy, exact when no user thread uses the pool. */
    int idle() {
        return (int) sum(Stripe::idleHint);
    }

    long hits() {
        return sum(Stripe::hits);
    }

    long stored() {
        return sum(Stripe::stored);
    }

    /** The sum of {@code count} over every stripe; for maintenance and stats, never the hot path. */
    private long sum(ToLongFunction<Stripe> count) {
        long sum = 0;
        for (Stripe stripe : stripes) {
            sum += count.applyAsLong(stripe);
        }
        return sum;
    }

    /** The stripe at {@code index}, for tests that hold one of its flags as a user thread would. */
    Stripe stripe(int index) {
        return stripes[index];
    }

    private int home(int threadHash) {
        return Threads.spread(threadHash, stripes.length);
    }

    private int next(int s) {
        return s + 1 == stripes.length ? 0 : s + 1;
    }
}
