package dev.poolforge.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Debug mode's record of which objects are out on loan from one pool. Releasing an object that is
 * not on loan (released twice, or taken from another pool) is caught; an object that is collected
 * while still on loan was never released, and for a sampled fraction of acquisitions the place it
 * was acquired is reported.
 *
 * <p>Each object has one entry, on loan or released, and each release records where it was made.
 * So when a release finds its object already released, the report shows the earlier release, and
 * says which one was stale: if that earlier release ended a loan made to another thread while
 * the thread releasing now is the one the loan was made to, the earlier caller released an object
 * it had given back once already and another caller had acquired since.
 *
 * <p>Entries are keyed by weak references compared by identity, so tracking never keeps an object
 * alive: the garbage collector's clearing of a loan is what reveals the leak. This costs
 * allocations, a stack trace per release and map operations per acquire and release, which is why
 * it is a debug mode.
 */
public final class LoanTracker {
    private static final System.Logger LOG = System.getLogger("dev.poolforge.Pool");

    private final String poolName;
    private final double leakSampleRate;
    private final double dropRate;
    /** Values are {@link Loan} while the object is out, {@link Release} while it is back. */
    private final Map<Key, Object> states = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    public LoanTracker(String poolName, double leakSampleRate, double dropRate) {
        this.poolName = poolName;
        this.leakSampleRate = leakSampleRate;
        this.dropRate = dropRate;
    }

    /** Records that {@code obj} was handed out. */
    public void lend(Object obj) {
        reportLeaks();
        boolean sampled = leakSampleRate > 0 && ThreadLocalRandom.current().nextDouble() < leakSampleRate;
        Loan loan = new Loan(Threads.id(Thread.currentThread()), sampled ? new Throwable("acquired here") : null);
        // The map keeps the first key made for an object, the one the collector enqueues.
        states.put(new Key(obj, collected), loan);
    }

    /**
     * Records that {@code obj} came back.
     *
     * @throws IllegalStateException if it was not on loan from this pool
     */
    public void giveBack(Object obj) {
        reportLeaks();
        Key key = new Key(obj, null);
        Object state = states.get(key);
        // replace() succeeds for one of two releases racing for the same loan.
        if (state instanceof Loan && states.replace(key, state, new Release((Loan) state))) {
            return;
        }
        String what = "release(obj) on pool '" + poolName + "': " + obj.getClass().getName()
                + "@" + Integer.toHexString(System.identityHashCode(obj));
        if (!(state instanceof Release)) {
            throw new IllegalStateException(what + " is not on loan from this pool: it was acquired from another"
                    + " pool; release each object to its own pool");
        }
        Release earlier = (Release) state;
        if (earlier.endedLoanOf != earlier.releasedAt.threadId && earlier.endedLoanOf == Threads.id(Thread.currentThread())) {
            throw new IllegalStateException(what + " is not on loan from this pool: it was already released,"
                    + " by a stale reference, while on loan to this caller (see the cause for where); the caller"
                    + " that released it there had released it once before", earlier.releasedAt);
        }
        throw new IllegalStateException(what + " is not on loan from this pool: it was already released (see the"
                + " cause for where) and may be in use by another caller now; release each object once",
                earlier.releasedAt);
    }

    /** Whether to drop a released object at random, so code that expects it back fails early. */
    public boolean dropAtRandom() {
        return dropRate > 0 && ThreadLocalRandom.current().nextDouble() < dropRate;
    }

    private void reportLeaks() {
        for (Key key = (Key) collected.poll(); key != null; key = (Key) collected.poll()) {
            Object state = states.remove(key);
            if (state instanceof Loan && ((Loan) state).acquiredAt != null) {
                LOG.log(System.Logger.Level.WARNING, "pool '" + poolName + "': an object was acquired and never"
                        + " released; it has been garbage collected. Release it in a finally block",
                        ((Loan) state).acquiredAt);
            }
        }
    }

    /** An object out on loan: to which thread (by id, so no thread object is kept), and where (when sampled). */
    private static final class Loan {
        final long acquiredBy;
        final Throwable acquiredAt;

        Loan(long acquiredBy, Throwable acquiredAt) {
            this.acquiredBy = acquiredBy;
            this.acquiredAt = acquiredAt;
        }
    }

    /** An object given back: where, by which thread, and the loan of which thread it ended. */
    private static final class Release {
        final long endedLoanOf;
        final ReleasedHere releasedAt = new ReleasedHere(Thread.currentThread());

        Release(Loan loan) {
            this.endedLoanOf = loan.acquiredBy;
        }
    }

    /** The stack of a release, shown as the cause of a later failing one. */
    private static final class ReleasedHere extends Throwable {
        private static final long serialVersionUID = 1L;
        final long threadId;

        ReleasedHere(Thread thread) {
            super("released here, on thread '" + thread.getName() + "'");
            this.threadId = Threads.id(thread);
        }
    }

    /** A weak reference compared by the identity of its referent, as long as it has one. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object obj, ReferenceQueue<Object> queue) {
            super(obj, queue);
            this.hash = System.identityHashCode(obj);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key)) {
                return false;
            }
            Object referent = get();
            return referent != null && referent == ((Key) other).get();
        }
    }
}
