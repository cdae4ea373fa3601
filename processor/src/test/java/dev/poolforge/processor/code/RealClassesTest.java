package dev.poolforge.processor.code;

import static dev.poolforge.processor.code.CodeCheckCompiler.compile;
import static dev.poolforge.processor.code.CodeCheckCompiler.compileForwarded;
import static dev.poolforge.processor.code.CodeCheckCompiler.messages;
import static dev.poolforge.processor.code.CodeCheckCompiler.others;
import static dev.poolforge.processor.code.CodeCheckCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Classes that well-known libraries pool, rewritten with poolforge's annotations: no finding. */
class RealClassesTest {
    /** Shaped like Netty's ChannelOutboundBuffer.Entry: every field restored by the recycle method. */
    private static final JavaFileObject OUTBOUND_ENTRY = source("OutboundEntry", """
            @Pooled
            public final class OutboundEntry {
                @Keep final Object handle = new Object();
                OutboundEntry next;
                Object msg;
                ByteBuffer[] bufs;
                ByteBuffer buf;
                Object promise;
                long progress;
                long total;
                int pendingSize;
                int count = -1;
                boolean cancelled;

                @Reset
                void unguardedRecycle() {
                    next = null;
                    bufs = null;
                    buf = null;
                    msg = null;
                    promise = null;
                    progress = 0;
                    total = 0;
                    pendingSize = 0;
                    count = -1;
                    cancelled = false;
                }
            }
            """);

    /** Shaped like Netty's RecyclableArrayList: the list's own state comes from ArrayList. */
    private static final JavaFileObject RECYCLABLE_LIST = source("RecyclableList", """
            @Pooled
            public final class RecyclableList extends ArrayList<Object> {
                private static final long serialVersionUID = 1L;
                private boolean insertSinceRecycled;

                @Override
                public boolean add(Object element) {
                    insertSinceRecycled = true;
                    return super.add(element);
                }

                @Reset
                public boolean recycle() {
                    clear();
                    insertSinceRecycled = false;
                    return true;
                }
            }
            """);

    /** Shaped like Jackson's ByteArrayBuilder: an OutputStream with an empty close(), its first block kept. */
    private static final JavaFileObject BYTE_ARRAY_BUILDER = source("ByteArrayBuilder", """
            @Pooled
            public final class ByteArrayBuilder extends OutputStream {
                static final int INITIAL_BLOCK_SIZE = 500;
                private final LinkedList<byte[]> pastBlocks = new LinkedList<>();
                private int pastLen;
                @Keep private byte[] currBlock = new byte[INITIAL_BLOCK_SIZE];
                private int currBlockPtr;

                @Reset
                public void reset() {
                    pastLen = 0;
                    currBlockPtr = 0;
                    if (!pastBlocks.isEmpty()) {
                        pastBlocks.clear();
                    }
                }

                @Override
                public void write(int b) {
                    if (currBlockPtr >= currBlock.length) {
                        allocMore();
                    }
                    currBlock[currBlockPtr++] = (byte) b;
                }

                private void allocMore() {
                    pastLen += currBlock.length;
                    pastBlocks.add(currBlock);
                    currBlock = new byte[currBlock.length * 2];
                    currBlockPtr = 0;
                }

                @Override
                public void close() {
                }
            }
            """);

    @Test
    void nettyAndJacksonShapesHaveNoFinding() {
        var compilation = compile(OUTBOUND_ENTRY, RECYCLABLE_LIST, BYTE_ARRAY_BUILDER);

        assertThat(others(compilation)).isEmpty();
        assertThat(messages(compilation)).isEmpty();
    }

    @Test
    void noFindingThroughAForwardingEnvironmentEither() {
        var compilation = compileForwarded(OUTBOUND_ENTRY, RECYCLABLE_LIST, BYTE_ARRAY_BUILDER,
                source("LogEvent", UnresetFieldTest.LOG_EVENT), source("Histogram", UnresetFieldTest.HISTOGRAM),
                source("Text", UnresetFieldTest.TEXT));

        assertThat(others(compilation)).isEmpty();
        assertThat(messages(compilation)).isEmpty();
    }
}
