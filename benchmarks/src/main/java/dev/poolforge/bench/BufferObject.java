package dev.poolforge.bench;

import dev.poolforge.Keep;
import dev.poolforge.Pooled;
import dev.poolforge.Reset;

/** The large benchmark object: a 64 KiB buffer kept across reuse, and the length of its content. */
@Pooled
public class BufferObject {
    public static final int SIZE = 64 * 1024;

    @Keep final byte[] data = new byte[SIZE];
    @Reset int length;
}
