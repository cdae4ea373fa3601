package dev.poolforge.bench;

import java.util.Arrays;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * For the processor: the pool's reset of a 20-field object (generated, or for now its stand-in
 * {@link WideObjectPool}) against the same reset written by hand, each after the same fill of every
 * field; and the pool's round trip on that object, whose allocation (-prof gc) must be 0 B/op.
 */
@Threads(1)
public class WideResetBenchmark extends PoolBenchmark {
    @State(Scope.Thread)
    public static class Wide {
        final WideObjectPool pool = new WideObjectPool();
        final WideObject obj = new WideObject();
        long seq;
    }

    @Benchmark
    public boolean poolReset(Wide wide) {
        wide.obj.fill(wide.seq++);
        return wide.pool.reset(wide.obj);
    }

    @Benchmark
    public boolean handWrittenReset(Wide wide) {
        wide.obj.fill(wide.seq++);
        return resetByHand(wide.obj);
    }

    @Benchmark
    public long poolRoundTrip(Wide wide) {
        WideObject obj = wide.pool.acquire();
        long result = obj.fill(wide.seq++);
        wide.pool.release(obj);
        return result;
    }

    /** What a user writes without the processor; the same statements as the pool's reset. */
    static boolean resetByHand(WideObject obj) {
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
