package dev.poolforge.examples;

import dev.poolforge.Pooled;
import dev.poolforge.Reset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of an e-commerce order: which product, how many, at what price, with the options and
 * attributes the customer chose. A checkout builds one per line and throws it away once the order
 * is priced and logged, so it is a natural candidate for a pool: {@code OrderItemPool}.
 */
@Pooled
public class OrderItem {
    /** A note longer than this drops the item at release, so one essay does not stay pooled. */
    public static final int MAX_NOTE_CAPACITY = 1024;

    @Reset String sku;
    @Reset int quantity;
    /** Price of one unit in minor units of the currency (cents), so sums are exact. */
    @Reset long unitPriceMinor;
    @Reset final List<String> options = new ArrayList<>();
    @Reset final Map<String, String> attributes = new HashMap<>();
    @Reset(maxSize = MAX_NOTE_CAPACITY) final StringBuilder note = new StringBuilder();

    /**
     * Sets what is ordered.
     *
     * @return this item
     * @throws IllegalArgumentException if the quantity or the price is negative
     */
    public OrderItem set(String sku, int quantity, long unitPriceMinor) {
        if (quantity < 0 || unitPriceMinor < 0) {
            throw new IllegalArgumentException(
                    "quantity and unitPriceMinor must not be negative, were " + quantity + " and " + unitPriceMinor);
        }
        this.sku = sku;
        this.quantity = quantity;
        this.unitPriceMinor = unitPriceMinor;
        return this;
    }

    public OrderItem addOption(String option) {
        options.add(option);
        return this;
    }

    public OrderItem putAttribute(String name, String value) {
        attributes.put(name, value);
        return this;
    }

    /** @return the free-text note, appended to in place */
    public StringBuilder note() {
        return note;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public long unitPriceMinor() {
        return unitPriceMinor;
    }

    /** @return quantity times unit price, in minor units */
    public long totalMinor() {
        return Math.multiplyExact(quantity, unitPriceMinor);
    }

    public List<String> options() {
        return options;
    }

    public Map<String, String> attributes() {
        return attributes;
    }
}
