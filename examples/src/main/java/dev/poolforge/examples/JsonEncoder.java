package dev.poolforge.examples;

/**
 * A small streaming JSON encoder whose state lives in a pooled {@link JsonScratch}. Strings are
 * escaped as RFC 8259 requires. The caller calls the methods in a valid order (a name before
 * each value in an object); the encoder checks the nesting depth and duplicate top-level keys.
 *
 * <pre>{@code
 * JsonScratch scratch = pool.acquire();
 * try {
 *     JsonEncoder json = new JsonEncoder(scratch);
 *     json.beginObject().name("sku").value("A-1").endObject();
 *     send(scratch.output());
 * } finally {
 *     pool.release(scratch);
 * }
 * }</pre>
 */
public final class JsonEncoder {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final JsonScratch scratch;

    public JsonEncoder(JsonScratch scratch) {
        this.scratch = scratch;
    }

    public JsonEncoder beginObject() {
        return open('{');
    }

    public JsonEncoder endObject() {
        return close('}');
    }

    public JsonEncoder beginArray() {
        return open('[');
    }

    public JsonEncoder endArray() {
        return close(']');
    }

    /**
     * Writes a member name of the innermost open object.
     *
     * @throws IllegalArgumentException if the top-level object already has this name
     */
    public JsonEncoder name(String name) {
        if (scratch.depth == 1 && !scratch.topLevelKeys.add(name)) {
            throw new IllegalArgumentException("duplicate top-level key \"" + name + "\"");
        }
        separate();
        string(name);
        scratch.out.append(':');
        return this;
    }

    public JsonEncoder value(CharSequence value) {
        separateValue();
        if (value == null) {
            scratch.out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    public JsonEncoder value(long value) {
        separateValue();
        scratch.out.append(value);
        return this;
    }

    private JsonEncoder open(char bracket) {
        if (scratch.depth == JsonScratch.MAX_DEPTH) {
            throw new IllegalStateException("JSON nested deeper than " + JsonScratch.MAX_DEPTH);
        }
        separateValue();
        scratch.out.append(bracket);
        scratch.memberCounts[scratch.depth++] = 0;
        return this;
    }

    private JsonEncoder close(char bracket) {
        if (scratch.depth == 0) {
            throw new IllegalStateException("'" + bracket + "' with no open container");
        }
        scratch.depth--;
        scratch.out.append(bracket);
        return this;
    }

    /** Before a value: a comma when it is an array's next element; object values follow their name. */
    private void separateValue() {
        if (scratch.depth > 0 && scratch.out.charAt(scratch.out.length() - 1) != ':') {
            separate();
        }
    }

    private void separate() {
        int innermost = scratch.depth - 1;
        if (innermost < 0) {
            return;
        }
        if (scratch.memberCounts[innermost]++ > 0) {
            scratch.out.append(',');
        }
    }

    private void string(CharSequence s) {
        StringBuilder out = scratch.out;
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
