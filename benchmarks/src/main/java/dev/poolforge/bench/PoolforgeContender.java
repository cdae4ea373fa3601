package dev.poolforge.bench;

import dev.poolforge.Pool;
import dev.poolforge.PoolStats;

/** poolforge, with the pool for the kind (generated, or its stand-in) at its default configuration. */
final class PoolforgeContender<T> extends Contender<T> {
    private final Pool<T> pool;

    PoolforgeContender(Kind<T> kind) {
        super(kind);
        this.pool = kind.newPool();
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
        pool.clear();
    }
}
