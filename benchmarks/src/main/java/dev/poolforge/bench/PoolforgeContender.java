package dev.poolforge.bench;

import dev.poolforge.Pool;
import dev.poolforge.PoolConfig;
import dev.poolforge.PoolStats;

/**
 * poolforge, with the generated pool for the kind at its default configuration plus a name, so
 * that it registers its MXBean and is measured as a monitored production pool runs.
 */
final class PoolforgeContender<T> extends Contender<T> {
    private final Pool<T> pool;

    PoolforgeContender(Kind<T> kind) {
        super(kind);
        this.pool = kind.newPool(PoolConfig.builder().name("bench-" + kind).build());
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
