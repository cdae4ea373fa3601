package dev.poolforge.bench;

import dev.poolforge.Pooled;
import dev.poolforge.Reset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Twenty {@code @Reset} fields of every kind the generator resets, for the generated-reset
 * benchmark. The map is an {@code EnumMap} so that filling it allocates nothing and the round
 * trip's allocation is the pool's alone.
 */
@Pooled
public class WideObject {
    @Reset boolean flag;
    @Reset byte small;
    @Reset short medium;
    @Reset char letter;
    @Reset int number;
    @Reset int retries = 3;
    @Reset long total;
    @Reset float ratio;
    @Reset double amount;
    @Reset String name;
    @Reset String state = "new";
    @Reset Integer boxed;
    @Reset TimeUnit unit;
    @Reset Object attachment;
    @Reset final List<String> items = new ArrayList<>();
    @Reset final Map<TimeUnit, String> byUnit = new EnumMap<>(TimeUnit.class);
    @Reset final StringBuilder text = new StringBuilder();
    @Reset final int[] slots = new int[8];
    @Reset final AtomicLong counter = new AtomicLong();
    @Reset final AtomicReference<String> latest = new AtomicReference<>();

    /** Sets every field, as a request handler would before the object goes back to the pool. */
    long fill(long seq) {
        flag = true;
        small = (byte) seq;
        medium = (short) seq;
        letter = 'x';
        number = (int) seq;
        retries = 0;
        total = seq;
        ratio = 0.5f;
        amount = 2.5;
        name = "wide";
        state = "done";
        boxed = 42;
        unit = TimeUnit.SECONDS;
        attachment = this;
        items.add("item");
        byUnit.put(TimeUnit.SECONDS, "s");
        text.append("text");
        slots[(int) (seq & 7)] = 1;
        counter.set(seq);
        latest.set("latest");
        return total + items.size() + text.length();
    }
}
