package corpus;

import dev.poolforge.Keep;
import dev.poolforge.Pooled;
import dev.poolforge.Reset;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** The shape of HdrHistogram's Histogram and ConcurrentHistogram, rewritten: count arrays and running totals. */
@Pooled
public class Histogram {
    static final int SUB_BUCKET_COUNT = 1 << 5;

    @Keep final int bucketCount = 8;
    @Reset final long[] counts = new long[SUB_BUCKET_COUNT * 8];
    @Reset final AtomicLongArray activeCounts = new AtomicLongArray(SUB_BUCKET_COUNT);
    @Reset final LongAdder totalCount = new LongAdder();
    @Reset long maxValue;
    @Reset long minNonZeroValue = Long.MAX_VALUE;
    @Reset double integerToDoubleValueConversionRatio = 1.0 / 1;
    @Reset java.time.Instant startTime;

    public void use(long seed) {
        counts[(int) (seed & 255)]++;
        activeCounts.incrementAndGet((int) (seed & 31));
        totalCount.increment();
        maxValue = Math.max(maxValue, seed);
        minNonZeroValue = Math.min(minNonZeroValue, seed + 1);
        integerToDoubleValueConversionRatio = 0.5;
        startTime = java.time.Instant.ofEpochMilli(seed);
    }
}
