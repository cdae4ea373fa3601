package corpus;

import dev.poolforge.Pooled;
import dev.poolforge.Reset;

/** A pooled log event with the obtain/recycle idiom: the class holds its own generated pool. */
@Pooled
public class MutableLogEvent extends LogEventBase {
    static final MutableLogEventPool POOL = new MutableLogEventPool();

    @Reset String marker;

    public MutableLogEvent() {
        threadPriority = 7; // a subclass constructor assigning the base class's @Reset field
    }

    /** A second constructor that takes values; the pool uses the one without arguments. */
    public MutableLogEvent(String loggerName, Level level) {
        this.loggerName = loggerName;
        this.level = level;
    }

    static MutableLogEvent obtain() {
        return POOL.acquire();
    }

    void recycle() {
        POOL.release(this);
    }

    @Override
    public void use(long seed) {
        super.use(seed);
        marker = "AUDIT";
    }
}
