package dev.poolforge.internal;

/**
 * What the stress tests share: a stripe whose next objects wrap around its ring, and the numbers
 * of numbered objects, alone or as a tally of where they ended up.
 */
final class RingFixture {
    /** The epoch every object and stripe here lives in: none is ever too old. */
    static final long EPOCH = 0;
    /** The stripe's capacity, and so its ring's length once grown. */
    static final int CAPACITY = 4;

    private RingFixture() {
    }

    /**
     * A stripe whose ring has grown to {@link #CAPACITY} slots, holds nothing, and has its head
     * and tail at the last slot, so that a second object stored goes into slot 0.
     */
    static Stripe stripeAboutToWrap() {
        Stripe stripe = new Stripe(CAPACITY, EPOCH);
        for (int i = 1; i < CAPACITY; i++) {
            stripe.tryPush(-i);
        }
        stripe.tryPollInto(tier());
        return stripe;
    }

    /**
     * A stripe of {@code capacity} holding one object, -1, after a thousand round trips have moved
     * its head and tail far from the slot 0 a rotation starts the ring at again.
     */
    static Stripe stripeHoldingOneFarFromSlotZero(int capacity) {
        Stripe stripe = new Stripe(capacity, EPOCH);
        ThreadTier tier = tier();
        for (int i = 0; i < 1_000; i++) {
            stripe.tryPush(i);
            stripe.tryPollInto(tier);
            drain(tier);
        }
        stripe.tryPush(-1);
        return stripe;
    }

    /** A tier the size of the stripe, as a thread with {@code perThread(4)} has. */
    static ThreadTier tier() {
        return new ThreadTier(CAPACITY, Thread.currentThread(), 0);
    }

    /**
     * A tier holding the objects 1 to {@code n}, stored in that order by a thread that acquired
     * before, so that a spill keeps the newest.
     */
    static ThreadTier tierHolding(int n) {
        ThreadTier tier = tier();
        tier.push("acquired", EPOCH);
        tier.poll();
        for (int i = 1; i <= n; i++) {
            tier.push(i, EPOCH);
        }
        return tier;
    }

    /** The number of a numbered object; 0 for null. */
    static int idOf(Object obj) {
        return obj == null ? 0 : (Integer) obj;
    }

    /** The objects 1 to 30 as bits: bit {@code i - 1} for object {@code i}; 0 for null. */
    static int bit(Object obj) {
        return obj == null ? 0 : 1 << ((Integer) obj - 1);
    }

    /**
     * Refills {@code tier}, which must be empty, from the stripe's head.
     *
     * @return the {@link #bit}s of the objects the refill took, or -1 when the take flag was held
     */
    static int refill(Stripe stripe, ThreadTier tier) {
        Object first = stripe.tryPollInto(tier);
        return first == Stripe.BUSY ? -1 : bit(first) | drain(tier);
    }

    /** {@link #bit}s of every object left in the tier, which is emptied. */
    static int drain(ThreadTier tier) {
        int bits = 0;
        for (Object obj; (obj = tier.poll()) != null; ) {
            bits |= bit(obj);
        }
        return bits;
    }

    /**
     * Where objects 1 to {@code n} ended up: 1 if each is in exactly one of the given sets of
     * {@link #bit}s or in the stripe, which refills empty; 0 if one was lost or is in two places.
     */
    static int eachOnce(int n, Stripe stripe, int... taken) {
        int[] seen = new int[n + 1];
        for (int bits : taken) {
            count(bits, seen);
        }
        ThreadTier into = tier();
        for (Object obj; (obj = stripe.tryPollInto(into)) != null; ) {
            count(bit(obj) | drain(into), seen);
        }
        for (int i = 1; i <= n; i++) {
            if (seen[i] != 1) {
                return 0;
            }
        }
        return 1;
    }

    private static void count(int bits, int[] seen) {
        for (int i = 1; i < seen.length; i++) {
            if ((bits & (1 << (i - 1))) != 0) {
                seen[i]++;
            }
        }
    }
}
