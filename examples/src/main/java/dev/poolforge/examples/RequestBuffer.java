package dev.poolforge.examples;

import dev.poolforge.Keep;
import dev.poolforge.Pooled;
import dev.poolforge.Reset;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * An HTTP request as a server reads it: URI, headers and a body of up to 64 KiB. The body array
 * is the point of pooling: allocating and zeroing 64 KiB per request costs more than handling a
 * small request, so the array is kept ({@code @Keep}) and only {@code length} bytes of it are
 * meaningful.
 */
@Pooled
public class RequestBuffer {
    /** The largest body a buffer holds. */
    public static final int CAPACITY = 64 * 1024;

    /** Overwritten by each request up to {@link #length}; what lies beyond is stale and never read. */
    @Keep final byte[] body = new byte[CAPACITY];
    @Reset int length;
    /** Header names in lower case, each with its first value. */
    @Reset final Map<String, String> headers = new HashMap<>();
    @Reset String uri;

    public void uri(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }

    public void header(String name, String value) {
        headers.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
    }

    /** @return the first value of the header, by case-insensitive name, or null */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads a whole body into this buffer.
     *
     * @return false if the body is longer than {@link #CAPACITY}; what was read is then incomplete
     */
    public boolean readBody(InputStream in) throws IOException {
        length = in.readNBytes(body, 0, CAPACITY);
        return length < CAPACITY || in.read() < 0;
    }

    /** @return the number of body bytes read */
    public int length() {
        return length;
    }

    /** @return the CRC-32 of the body bytes read */
    public long bodyCrc32() {
        CRC32 crc = new CRC32();
        crc.update(body, 0, length);
        return crc.getValue();
    }
}
