package dev.poolforge.bench;

import dev.poolforge.Pool;
import dev.poolforge.PoolConfig;
import dev.poolforge.PoolStats;

/**
 * poolforge, with the generated pool for the kind at its default configuration plus a name, so
 * that it registers its MXBean and is measured as a monitored production pool runs; as {@code
 * poolforgePerThread16}, with the per-thread tier that README.md advises for hand-offs between
 * threads; as {@code poolforgeNoTier}, with no per-thread tier ({@code perThread(0)}), so that
 * platform threads take the lanes and stripes as virtual threads do, which bounds a pool's idle
 * objects whatever the number of threads.
 */
final class PoolforgeContender<T> extends Contender<T> {
    /** The tier size of {@code poolforgePerThread16}. */
    static final int HAND_OFF_PER_THREAD = 16;

    private final Pool<T> pool;

    PoolforgeContender(Kind<T> kind) {
        this(kind, PoolConfig.builder());
    }

    /** @param config the pool's configuration but its name, which names the kind */
    PoolforgeContender(Kind<T> kind, PoolConfig.Builder config) {
        super(kind);
        this.pool = kind.newPool(config.name("bench-" + kind).build());
    }

    /** @return the configuration of {@code poolforgePerThread16} */
    static PoolConfig.Builder perThread16() {
        return PoolConfig.builder().perThread(HAND_OFF_PER_THREAD);
    }

    /** @return the configuration of {@code poolforgeNoTier} */
    static PoolConfig.Builder noTier() {
        return PoolConfig.builder().perThread(0);
    }

    /** @return the pool's configuration */
    PoolConfig config() {
        return pool.config();
    }

    @Override
    public Object acquire() {
        return pool.acquire();
    }

    @Override
    public void release(Object lease) {
        pool.release(object(lease));
    }

    PoolStats stats() {
        return pool.stats();
    }

    @Override
    public long creates() {
        return pool.stats().misses();
    }

    @Override
    public String retained() {
        return Integer.toString(pool.idle());
    }

    @Override
    public void close() {
        pool.close();
    }
}
