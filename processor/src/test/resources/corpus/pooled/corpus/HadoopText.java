package corpus;

import dev.poolforge.Pooled;
import dev.poolforge.Reset;
import java.util.Arrays;

/** The shape of Hadoop's Text, rewritten: bytes replaced by a bigger array when a longer value is set. */
@Pooled
public class HadoopText {
    private static final byte[] EMPTY_BYTES = {};

    @Reset byte[] bytes = EMPTY_BYTES;
    @Reset int length;
    @Reset int textLength = -1;

    public void set(byte[] utf8) {
        if (bytes.length < utf8.length) {
            bytes = Arrays.copyOf(utf8, utf8.length); // replaced: the pool drops this object at release
        } else {
            System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        }
        length = utf8.length;
        textLength = -1;
    }

    public void use(long seed) {
        length = 0;
        textLength = (int) seed;
    }
}
