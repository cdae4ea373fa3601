package dev.poolforge.internal;

/**
 * The shared tier of a pool: a fixed set of {@link Stripe}s. A thread starts at the stripe its
 * id hashes to and moves to the next one whenever a stripe is busy, empty or full, so threads
 * never wait for each other and an object released on one stripe can be taken from any other
 * (stealing).
 */
final class Stripes {
    private final Stripe[] stripes;
    private final int capacity;

    Stripes(int count, int capacity) {
        this.capacity = capacity;
        this.stripes = new Stripe[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = new Stripe(capacity);
        }
    }

    /**
     * An idle object, or null: the current generation of every stripe first, starting at the
     * caller's own, then the victim generation, so that victims are taken only when nothing
     * fresher is left and otherwise age out, as in Go's {@code sync.Pool}.
     *
     * <p>A stripe whose flag is held is skipped, never waited for. When a skipped stripe had
     * objects, the scan of the current generation goes round once more (its end moves out to
     * twice the stripe count) before the victims: a thread that only acquires (the producer of a
     * hand-off) otherwise misses, and creates, whenever it meets the releasing thread at the one
     * stripe that holds objects.
     */
    Object poll(int threadHash) {
        int start = home(threadHash);
        for (int i = 0, s = start, end = stripes.length; i < end; i++, s = next(s)) {
            Stripe stripe = stripes[s];
            if (stripe.primaryHint() == 0) {
                continue;
            }
            if (!stripe.tryLock()) {
                end = 2 * stripes.length;
                continue;
            }
            Object obj = stripe.pollPrimary();
            stripe.unlock();
            if (obj != null) {
                return obj;
            }
        }
        for (int i = 0, s = start; i < stripes.length; i++, s = next(s)) {
            Stripe stripe = stripes[s];
            if (stripe.victimHint() > 0 && stripe.tryLock()) {
                Object obj = stripe.pollVictim();
                stripe.unlock();
                if (obj != null) {
                    return obj;
                }
            }
        }
        return null;
    }

    /**
     * Stores the object in the first stripe, from the caller's own, that is free and has room;
     * like {@link #poll}, goes round once more when a stripe with room was skipped because busy.
     */
    boolean offer(int threadHash, Object obj) {
        for (int i = 0, s = home(threadHash), end = stripes.length; i < end; i++, s = next(s)) {
            Stripe stripe = stripes[s];
            if (stripe.primaryHint() >= capacity) {
                continue;
            }
            if (!stripe.tryLock()) {
                end = 2 * stripes.length;
                continue;
            }
            boolean stored = stripe.push(obj);
            stripe.unlock();
            if (stored) {
                return true;
            }
        }
        return false;
    }

    /** The GC-cycle rotation of every stripe. */
    Rotation rotate() {
        long dropped = 0;
        long movedToVictim = 0;
        for (Stripe stripe : stripes) {
            stripe.lock();
            dropped += stripe.rotate();
            movedToVictim += stripe.victimHint();
            stripe.unlock();
        }
        return new Rotation(movedToVictim, dropped);
    }

    /** Drops every idle object; returns how many. */
    long clear() {
        long dropped = 0;
        for (Stripe stripe : stripes) {
            stripe.lock();
            dropped += stripe.clear();
            stripe.unlock();
        }
        return dropped;
    }

    /** Idle objects in both generations; racy, exact when no other thread uses the pool. */
    int idle() {
        int idle = 0;
        for (Stripe stripe : stripes) {
            idle += stripe.primaryHint() + stripe.victimHint();
        }
        return idle;
    }

    long hits() {
        long hits = 0;
        for (Stripe stripe : stripes) {
            hits += stripe.hits();
        }
        return hits;
    }

    long stored() {
        long stored = 0;
        for (Stripe stripe : stripes) {
            stored += stripe.stored();
        }
        return stored;
    }

    /** Maps a hash onto [0, stripes) with a multiply and a shift, for any stripe count. */
    private int home(int threadHash) {
        return (int) (((threadHash & 0xFFFF_FFFFL) * stripes.length) >>> 32);
    }

    private int next(int s) {
        return s + 1 == stripes.length ? 0 : s + 1;
    }
}
