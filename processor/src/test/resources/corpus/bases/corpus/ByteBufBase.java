package corpus;

import dev.poolforge.Reset;

/**
 * The shape of Netty's AbstractByteBuf, rewritten: reader and writer indexes with their marks,
 * reset by the subclass's deallocate-like @Reset method, and a capacity limit made of constants.
 */
@SuppressWarnings("poolforge")
public class ByteBufBase {
    int readerIndex;
    int writerIndex;
    private int markedReaderIndex;
    private int markedWriterIndex;
    @Reset int maxCapacity = 1 << 16;
    @Reset long refCnt = ~0L >>> 63;

    @Reset
    void discardIndexes() {
        readerIndex = 0;
        writerIndex = 0;
        markedReaderIndex = 0;
        markedWriterIndex = 0;
    }

    public void use(long seed) {
        writerIndex = (int) (seed & 63);
        readerIndex = writerIndex / 2;
        markedReaderIndex = readerIndex;
        markedWriterIndex = writerIndex;
        maxCapacity = 30 * 1000;
        refCnt = 2;
    }
}
