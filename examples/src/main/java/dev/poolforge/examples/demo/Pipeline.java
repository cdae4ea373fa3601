package dev.poolforge.examples.demo;

import dev.poolforge.examples.JsonEncoder;
import dev.poolforge.examples.JsonScratch;
import dev.poolforge.examples.LogEvent;
import dev.poolforge.examples.OrderItem;
import java.util.Map;

/**
 * The demo's unit of work, what an order service does per order line: build an {@link OrderItem},
 * encode it to JSON with a {@link JsonScratch}, and log it through a {@link LogEvent}, whose
 * "appender" here only checksums the line. The inputs come from fixed tables, so the work
 * allocates nothing of its own beyond what the objects need.
 */
final class Pipeline {
    private static final String[] SKUS = {"SKU-1001", "SKU-1002", "SKU-2001", "SKU-2002", "SKU-3001", "SKU-3002",
        "SKU-4001", "SKU-4002"};
    private static final long[] PRICES_MINOR = {1999, 2499, 599, 12900, 45, 300, 7800, 1};
    private static final String[] COLORS = {"red", "green", "blue", "black"};
    private static final String[] SIZES = {"S", "M", "L", "XL"};
    /** One line in this many carries a note too long to keep, so the demo shows maxSize drops. */
    static final int LONG_NOTE_EVERY = 1024;

    private final Variant variant;

    Pipeline(Variant variant) {
        this.variant = variant;
    }

    /**
     * Processes order line number {@code n}.
     *
     * @return a checksum of the logged line, so the work cannot be optimized away
     */
    long process(int n) {
        OrderItem item = variant.items.take();
        try {
            describe(item, n);
            JsonScratch scratch = variant.scratches.take();
            try {
                encode(item, new JsonEncoder(scratch));
                return log(item, scratch.output());
            } finally {
                variant.scratches.giveBack(scratch);
            }
        } finally {
            variant.items.giveBack(item);
        }
    }

    private static void describe(OrderItem item, int n) {
        int i = n & 7;
        item.set(SKUS[i], 1 + (n & 3), PRICES_MINOR[i])
                .addOption("gift-wrap")
                .addOption(n % 3 == 0 ? "express" : "standard")
                .putAttribute("color", COLORS[n & 3])
                .putAttribute("size", SIZES[(n >> 2) & 3]);
        if (n % LONG_NOTE_EVERY == 0) {
            for (int c = 0; c < OrderItem.MAX_NOTE_CAPACITY * 2; c++) {
                item.note().append('x');
            }
        } else {
            item.note().append("leave at the door");
        }
    }

    private static void encode(OrderItem item, JsonEncoder json) {
        json.beginObject()
                .name("sku").value(item.sku())
                .name("quantity").value(item.quantity())
                .name("unitPriceMinor").value(item.unitPriceMinor())
                .name("totalMinor").value(item.totalMinor())
                .name("options").beginArray();
        for (String option : item.options()) {
            json.value(option);
        }
        json.endArray().name("attributes").beginObject();
        for (Map.Entry<String, String> attribute : item.attributes().entrySet()) {
            json.name(attribute.getKey()).value(attribute.getValue());
        }
        json.endObject().name("note").value(item.note()).endObject();
    }

    private long log(OrderItem item, CharSequence json) {
        LogEvent event = variant.events.take();
        try {
            event.start(LogEvent.Level.INFO, "orders", System.currentTimeMillis())
                    .context("thread", Thread.currentThread().getName())
                    .parameter(item.sku())
                    .parameter(json)
                    .format("priced {}: {}");
            return checksum(event.message());
        } finally {
            variant.events.giveBack(event);
        }
    }

    /** Stands in for an appender writing the line out: reads every character. */
    private static long checksum(CharSequence line) {
        long sum = 0;
        for (int i = 0; i < line.length(); i++) {
            sum = 31 * sum + line.charAt(i);
        }
        return sum;
    }
}
