package corpus;

import dev.poolforge.Pooled;
import dev.poolforge.Reset;
import java.util.EnumSet;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** A class whose name has a dollar sign, with containers made with arguments and constant expressions. */
@Pooled
public class Line$Item {
    static final int TIMEOUT = 30 * 1000;

    @Reset int timeoutMillis = TIMEOUT;
    @Reset long limit = 1L << 20;
    @Reset String label = "a" + "b";
    @Reset byte mask = (byte) 0xFF;
    @Reset long all = ~0L;
    @Reset final TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    @Reset final PriorityQueue<Integer> pending = new PriorityQueue<>(java.util.Collections.reverseOrder());
    @Reset final EnumSet<TimeUnit> units = EnumSet.noneOf(TimeUnit.class);

    public void use(long seed) {
        timeoutMillis = 1;
        limit = seed;
        label = "changed";
        mask = 1;
        all = 0;
        headers.put("Content-Type", "text/plain");
        pending.add((int) seed);
        units.add(TimeUnit.SECONDS);
    }
}
