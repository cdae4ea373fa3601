package dev.poolforge.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A GC cycle's rotation of one pool: idle objects become victims, and old victims are dropped. */
@Name("dev.poolforge.PoolRotation")
@Label("Pool Rotation")
@Category("poolforge")
@Description("At a GC cycle, a pool's idle objects became the victim generation and the previous victims were dropped")
@StackTrace(false)
final class PoolRotationEvent extends jdk.jfr.Event {
    @Label("Pool")
    String pool;

    @Label("GC Cycle")
    @Description("The GC clock's cycle number")
    long gcCycle;

    @Label("Moved to Victim")
    @Description("Idle objects in the shared stripes and lanes that became the victim generation")
    long movedToVictim;

    @Label("Dropped")
    @Description("Objects evicted: the previous victim generation and idle per-thread objects")
    long dropped;
}
