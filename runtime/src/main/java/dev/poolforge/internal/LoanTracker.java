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
 * <p>Loans are weak references keyed by identity, so tracking never keeps a leaked object alive:
 * the garbage collector's clearing of a loan is what reveals the leak. This costs an allocation
 * and a map operation per acquire and release, which is why it is a debug mode.
 */
public final class LoanTracker {
    private static final System.Logger LOG = System.getLogger("dev.poolforge.Pool");

    private final String poolName;
    private final double leakSampleRate;
    private final double dropRate;
    private final Map<Loan, Loan> loans = new ConcurrentHashMap<>();
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
        Loan loan = new Loan(obj, collected, sampled ? new Throwable("acquired here") : null);
        loans.put(loan, loan);
    }

    /**
     * Records that {@code obj} came back.
     *
     * @throws IllegalStateException if it was not on loan from this pool
     */
    public void giveBack(Object obj) {
        reportLeaks();
        Loan loan = loans.remove(new Loan(obj, null, null));
        if (loan == null) {
            throw new IllegalStateException("release(obj) on pool '" + poolName + "': " + obj.getClass().getName()
                    + "@" + Integer.toHexString(System.identityHashCode(obj))
                    + " is not on loan from this pool: it was already released (and may be in use by another"
                    + " caller now), or it was acquired from another pool; release each object once, to its own pool");
        }
        loan.clear();
    }

    /** Whether to drop a released object at random, so code that expects it back fails early. */
    public boolean dropAtRandom() {
        return dropRate > 0 && ThreadLocalRandom.current().nextDouble() < dropRate;
    }

    private void reportLeaks() {
        for (Loan loan = (Loan) collected.poll(); loan != null; loan = (Loan) collected.poll()) {
            loans.remove(loan);
            if (loan.acquiredAt != null) {
                LOG.log(System.Logger.Level.WARNING, "pool '" + poolName + "': an object was acquired and never"
                        + " released; it has been garbage collected. Release it in a finally block", loan.acquiredAt);
            }
        }
    }

    /** A weak reference compared by the identity of its referent, as long as it has one. */
    private static final class Loan extends WeakReference<Object> {
        private final int hash;
        final Throwable acquiredAt;

        Loan(Object obj, ReferenceQueue<Object> queue, Throwable acquiredAt) {
            super(obj, queue);
            this.hash = System.identityHashCode(obj);
            this.acquiredAt = acquiredAt;
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
            if (!(other instanceof Loan)) {
                return false;
            }
            Object referent = get();
            return referent != null && referent == ((Loan) other).get();
        }
    }
}
