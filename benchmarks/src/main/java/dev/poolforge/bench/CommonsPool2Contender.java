package dev.poolforge.bench;

import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;

/**
 * Apache Commons Pool2's {@link GenericObjectPool} holding up to {@link #CAPACITY} objects, LIFO
 * (its default), JMX off; the reset runs in {@code passivateObject}, where users put it.
 */
final class CommonsPool2Contender<T> extends Contender<T> {
    private final GenericObjectPool<T> pool;

    CommonsPool2Contender(Kind<T> kind) {
        super(kind);
        GenericObjectPoolConfig<T> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(CAPACITY);
        config.setMaxIdle(CAPACITY);
        config.setJmxEnabled(false);
        this.pool = new GenericObjectPool<>(new BasePooledObjectFactory<T>() {
            @Override
            public T create() {
                return CommonsPool2Contender.this.create();
            }

            @Override
            public PooledObject<T> wrap(T obj) {
                return new DefaultPooledObject<>(obj);
            }

            @Override
            public void passivateObject(PooledObject<T> pooled) {
                kind.reset(pooled.getObject());
            }
        }, config);
    }

    @Override
    public Object acquire() {
        try {
            return pool.borrowObject();
        } catch (Exception e) {
            throw new IllegalStateException("Commons Pool2 borrowObject failed", e);
        }
    }

    @Override
    public void release(Object lease) {
        pool.returnObject(object(lease));
    }

    @Override
    public long creates() {
        return pool.getCreatedCount();
    }

    @Override
    public String retained() {
        return Integer.toString(pool.getNumIdle());
    }

    @Override
    public void close() {
        pool.close();
    }
}
