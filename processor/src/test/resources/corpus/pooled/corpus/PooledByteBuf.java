package corpus;

import dev.poolforge.Pooled;
import dev.poolforge.Reset;
import java.nio.ByteBuffer;

/** The shape of Netty's PooledHeapByteBuf, rewritten: a kept NIO buffer behind the base's indexes. */
@Pooled
public class PooledByteBuf extends ByteBufBase {
    @Reset final ByteBuffer tmpNioBuf = ByteBuffer.allocate(64);
    @Reset byte[] memory = new byte[64];

    @Override
    public void use(long seed) {
        super.use(seed);
        tmpNioBuf.putLong(seed).putInt(7);
        memory[(int) (seed & 63)] = 1;
    }
}
