package dev.poolforge.bench;

import dev.poolforge.Pool;
import dev.poolforge.PoolConfig;
import java.util.Arrays;

/**
 * Stands in for the pool the poolforge processor generates for {@link WideObject}, with the reset
 * code the generator emits for each field kind. Delete this file once the processor is enabled for
 * the benchmarks: {@link WideResetBenchmark} then measures the generated reset.
 */
public final class WideObjectPool extends Pool<WideObject> {
    public WideObjectPool() {
        this(PoolConfig.defaults());
    }

    public WideObjectPool(PoolConfig config) {
        super(config);
    }

    @Override
    protected WideObject create() {
        return new WideObject();
    }

    @Override
    protected boolean reset(WideObject obj) {
        obj.flag = false;
        obj.small = 0;
        obj.medium = 0;
        obj.letter = '\0';
        obj.number = 0;
        obj.retries = 3;
        obj.total = 0L;
        obj.ratio = 0.0f;
        obj.amount = 0.0;
        obj.name = null;
        obj.state = "new";
        obj.boxed = null;
        obj.unit = null;
        obj.attachment = null;
        obj.items.clear();
        obj.byUnit.clear();
        obj.text.setLength(0);
        Arrays.fill(obj.slots, 0);
        obj.counter.set(0L);
        obj.latest.set(null);
        return true;
    }
}
