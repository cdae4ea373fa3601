package dev.poolforge.bench;

import java.util.concurrent.TimeUnit;
import stormpot.Allocator;
import stormpot.BasePoolable;
import stormpot.Expiration;
import stormpot.Pool;
import stormpot.PoolBuilder;
import stormpot.Slot;
import stormpot.Timeout;

/**
 * Stormpot 3.2 (4.x needs Java 21), sized {@link #CAPACITY}, claiming through the pool itself, which
 * caches the last claimed object per thread. Its objects must be {@code Poolable}: it pools an entry
 * holding the object and its slot.
 *
 * <p>Two configurations. At its best ({@code stormpot}), the one the targets compare with: objects
 * never expire and no background thread checks them, as poolforge evicts at GC cycles and not by
 * age, so Stormpot's claim checks no clock. At its defaults ({@code stormpotDefault}), what a user
 * who keeps them runs: objects expire 8 to 10 minutes after they were made, checked at each claim,
 * with background expiration on.
 */
final class StormpotContender<T> extends Contender<T> {
    private static final Timeout CLAIM_TIMEOUT = new Timeout(10, TimeUnit.SECONDS);

    private final Pool<Entry<T>> pool;

    StormpotContender(Kind<T> kind, boolean atItsBest) {
        super(kind);
        PoolBuilder<Entry<T>> builder = Pool.from(new Allocator<Entry<T>>() {
            @Override
            public Entry<T> allocate(Slot slot) {
                return new Entry<>(slot, create());
            }

            @Override
            public void deallocate(Entry<T> entry) {
            }
        }).setSize(CAPACITY);
        if (atItsBest) {
            builder.setExpiration(Expiration.never()).setBackgroundExpirationEnabled(false);
        }
        this.pool = builder.build();
    }

    @Override
    public Object acquire() {
        try {
            Entry<T> entry = pool.claim(CLAIM_TIMEOUT);
            if (entry == null) {
                throw new IllegalStateException("Stormpot claim timed out after " + CLAIM_TIMEOUT.getTimeout() + " s");
            }
            return entry;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while claiming from Stormpot", e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    T object(Object lease) {
        return ((Entry<T>) lease).value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void release(Object lease) {
        Entry<T> entry = (Entry<T>) lease;
        kind.reset(entry.value);
        entry.release();
    }

    @Override
    public String retained() {
        return Integer.toString(pool.getManagedPool().getCurrentAllocatedCount());
    }

    @Override
    public void close() {
        try {
            pool.shutdown().await(CLAIM_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What Stormpot pools: the object and its slot. */
    static final class Entry<T> extends BasePoolable {
        final T value;

        Entry(Slot slot, T value) {
            super(slot);
            this.value = value;
        }
    }
}
