package dev.poolforge.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Percentage;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/** Flight Recorder's periodic snapshot of one pool's {@code PoolStats}. */
@Name("dev.poolforge.PoolStatistics")
@Label("Pool Statistics")
@Category("poolforge")
@Description("Counters of one object pool since it was created, taken periodically")
@Period("1 s")
@StackTrace(false)
final class PoolStatisticsEvent extends jdk.jfr.Event {
    @Label("Pool")
    String pool;

    @Label("Acquires")
    long acquires;

    @Label("Hits")
    @Description("Acquires served with an idle object")
    long hits;

    @Label("Misses")
    @Description("Acquires that created a new object")
    long misses;

    @Label("Releases")
    long releases;

    @Label("Drops")
    @Description("Released objects not kept: reset refused, pool full, or pooling off")
    long drops;

    @Label("Evictions")
    @Description("Idle objects dropped by GC cycles")
    long evictions;

    @Label("Idle")
    @Description("Idle objects held")
    int idle;

    @Label("Hit Rate")
    @Percentage
    double hitRate;
}
