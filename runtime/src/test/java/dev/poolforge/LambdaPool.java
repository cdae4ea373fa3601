package dev.poolforge;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** A pool whose create and reset are given as functions, for tests of how the pool reacts to them. */
final class LambdaPool<T> extends Pool<T> {
    private final Supplier<T> create;
    private final Predicate<T> reset;

    LambdaPool(Supplier<T> create, Predicate<T> reset) {
        super(PoolConfig.defaults());
        this.create = create;
        this.reset = reset;
    }

    @Override
    protected T create() {
        return create.get();
    }

    @Override
    protected boolean reset(T obj) {
        return reset.test(obj);
    }
}
