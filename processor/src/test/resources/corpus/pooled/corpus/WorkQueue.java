package corpus;

import dev.poolforge.Pooled;
import dev.poolforge.Reset;
import java.util.ArrayDeque;

/** A pooled subclass of a JDK collection: its inherited state is reset by its own @Reset method. */
@Pooled
public class WorkQueue extends ArrayDeque<Runnable> {
    private static final long serialVersionUID = 1L;

    @Reset int generation;

    @Reset
    void drain() {
        clear();
    }

    public void use(long seed) {
        add(() -> { });
        generation = (int) seed;
    }
}
