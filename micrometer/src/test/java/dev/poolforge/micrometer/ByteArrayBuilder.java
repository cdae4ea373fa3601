package dev.poolforge.micrometer;

import java.util.Arrays;

/**
 * Jackson's {@code ByteArrayBuilder}, cut down: a growable byte buffer that serializers reuse
 * (Jackson keeps one per thread through its buffer recycler).
 */
final class ByteArrayBuilder {
    private byte[] buffer = new byte[64];
    private int length;

    void append(int b) {
        if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        buffer[length++] = (byte) b;
    }

    int capacity() {
        return buffer.length;
    }

    void reset() {
        length = 0;
    }
}
