package dev.poolforge.processor.code;

import static dev.poolforge.processor.code.CodeCheckCompiler.compile;
import static dev.poolforge.processor.code.CodeCheckCompiler.findings;
import static dev.poolforge.processor.code.CodeCheckCompiler.messages;
import static dev.poolforge.processor.code.CodeCheckCompiler.others;
import static dev.poolforge.processor.code.CodeCheckCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Fields that carry state from one use into the next, judged on analysed code. */
class UnresetFieldTest {
    /** Shaped like Log4j's MutableLogEvent: most fields nulled by clear(), the rest in helpers it calls. */
    static final String LOG_EVENT = """
            @Pooled
            public class LogEvent {
                @Reset String loggerName;
                @Reset(maxSize = 518) final StringBuilder messageText = new StringBuilder(128);
                @Keep final Object[] parameters = new Object[10];
                String level;
                Throwable thrown;
                long timeMillis;
                int nanoOfMillisecond;
                String threadName;
                long threadId;
                final Map<String, String> contextData = new HashMap<>();
                final Deque<String> contextStack = new ArrayDeque<>();
                Object[] parameterCopies;

                @Reset
                void clear() {
                    loggerName = null;
                    level = null;
                    thrown = null;
                    clearTime();
                    clearContext();
                }

                private void clearTime() {
                    timeMillis = 0;
                    nanoOfMillisecond = 0;
                }

                void clearContext() {
                    contextData.clear();
                    contextStack.clear();
                    clearThread();
                }

                void clearThread() {
                    this.threadName = null;
                    this.threadId = 0;
                    if (parameterCopies != null) {
                        Arrays.fill(parameterCopies, null);
                    }
                }
            }
            """;

    /** Shaped like HdrHistogram's Histogram: counts in place, extremes restored by reset(). */
    static final String HISTOGRAM = """
            @Pooled
            public class Histogram {
                @Keep final int subBucketCount = 2048;
                @Reset final long[] counts = new long[2048];
                long totalCount;
                long maxValue;
                long minNonZeroValue = Long.MAX_VALUE;
                @Reset double integerToDoubleValueConversionRatio = 1.0;

                @Reset
                public void reset() {
                    clearCounts();
                    resetMaxValue(0);
                    resetMinNonZeroValue(Long.MAX_VALUE);
                }

                void clearCounts() {
                    totalCount = 0;
                }

                final void resetMaxValue(long value) {
                    maxValue = value;
                }

                final void resetMinNonZeroValue(long value) {
                    minNonZeroValue = value;
                }
            }
            """;

    /** Shaped like Hadoop's Text: a growable array and its length, both reset by clear(). */
    static final String TEXT = """
            @Pooled
            public class Text {
                private static final byte[] EMPTY_BYTES = {};
                private byte[] bytes = EMPTY_BYTES;
                private int length;
                private int textLength = -1;

                @Reset
                public void clear() {
                    length = 0;
                    textLength = -1;
                    bytes = EMPTY_BYTES;
                }

                public void set(byte[] utf8) {
                    bytes = utf8.clone();
                    length = utf8.length;
                }
            }
            """;

    @Test
    void realClassesWhoseResetMethodsCallHelpersHaveNoFinding() {
        Compilation compilation = compile(source("LogEvent", LOG_EVENT), source("Histogram", HISTOGRAM),
                source("Text", TEXT));

        assertThat(others(compilation)).isEmpty();
        assertThat(messages(compilation)).isEmpty();
    }

    @Test
    void followsHelpersSeveralCallsDeepAndReportsWhatNoneOfThemResets() {
        Compilation compilation = compile(source("Parser", """
                @Pooled
                public class Parser {
                    int depth;
                    int line;
                    String token;
                    char[] pending;
                    @Reset void reset() { resetPosition(); }
                    void resetPosition() { depth = 0; resetLine(); }
                    void resetLine() { line = 0; this.resetToken(); }
                    void resetToken() { token = null; }
                }
                """));

        assertThat(messages(compilation)).containsExactly("Parser.java:6 ERROR [poolforge:UnresetField] field"
                + " 'pending' of @Pooled class Parser is not reset between uses; annotate it @Reset, reset it in a"
                + " @Reset method, or annotate it @Keep to keep its value on purpose");
    }

    @Test
    void anOverridingResetMethodAndAnOverriddenHelperAreWhatRuns() {
        Compilation compilation = compile(source("Message", """
                public abstract class Message {
                    String id;
                    @Reset void recycle() { id = null; onRecycle(); }
                    abstract void onRecycle();
                }
                """), source("Request", """
                @Pooled
                public class Request extends Message {
                    String path;
                    int status;
                    @Override void onRecycle() { path = null; }
                }
                """), source("Response", """
                @Pooled
                public class Response extends Message {
                    int status;
                    String body;
                    @Reset @Override void recycle() { super.recycle(); status = 0; }
                    @Override void onRecycle() { body = null; }
                }
                """));

        assertThat(others(compilation)).isEmpty();
        assertThat(findings(compilation)).containsExactly("Request.java:4 UnresetField");
    }

    @Test
    void anOverrideThatSkipsSuperLeavesTheBaseFieldsUnreset() {
        Compilation compilation = compile(source("Base", """
                public class Base {
                    String name;
                    @Reset void reset() { name = null; }
                }
                """), source("Derived", """
                @Pooled
                public class Derived extends Base {
                    int size;
                    @Override @Reset void reset() { size = 0; }
                }
                """));

        assertThat(messages(compilation)).containsExactly("Base.java:2 ERROR [poolforge:UnresetField] field 'name'"
                + " of @Pooled class Derived is not reset between uses; annotate it @Reset, reset it in a @Reset method,"
                + " or annotate it @Keep to keep its value on purpose");
    }

    @Test
    void aFieldSetInAnInitializerBlockIsStateLikeAnyOther() {
        Compilation compilation = compile(source("Connection", """
                @Pooled
                public class Connection {
                    @Reset String host;
                    int retries;
                    { retries = 3; }
                }
                """));

        assertThat(findings(compilation)).containsExactly("Connection.java:4 UnresetField");
    }

    @Test
    void finalContainersWithoutReset() {
        Compilation compilation = compile(source("Stats", """
                @Pooled
                public class Stats {
                    final LongAdder hits = new LongAdder();
                    final BitSet seen = new BitSet();
                    final ByteBuffer scratch = ByteBuffer.allocate(64);
                    final AtomicIntegerArray buckets = new AtomicIntegerArray(8);
                    final long[] samples = new long[8];
                    final String name = "stats";
                    final Duration window = Duration.ofSeconds(1);
                    @Keep final AtomicLong created = new AtomicLong();
                }
                """));

        assertThat(findings(compilation)).containsExactly("Stats.java:3 UnresetField", "Stats.java:4 UnresetField",
                "Stats.java:5 UnresetField", "Stats.java:6 UnresetField", "Stats.java:7 UnresetField");
    }

    @Test
    void stateInheritedFromJdkClassesIsTheResetMethodsJob() {
        Compilation compilation = compile(source("Batch", """
                @Pooled
                public class Batch extends ArrayList<String> {
                    private static final long serialVersionUID = 1L;
                    @Reset int flushed;
                    @Reset public void reset() { clear(); }
                }
                """), source("Window", """
                @Pooled
                public class Window extends ArrayDeque<Long> {
                    private static final long serialVersionUID = 1L;
                    @Reset long start;
                }
                """), source("Sink", """
                @Pooled
                public class Sink extends ByteArrayOutputStream {
                    @Reset public void reset() { super.reset(); }
                }
                """));

        assertThat(others(compilation)).isEmpty();
        assertThat(messages(compilation)).isEmpty();
    }

    @Test
    void aPrivateFieldGetsTheFixThatCompiles() {
        Compilation compilation = compile(source("Base", """
                public class Base {
                    private String owner;
                    String name;
                    final Object lockObject = new Object();
                }
                """), source("Leaf", """
                @Pooled
                public class Leaf extends Base {
                    @Reset String label;
                }
                """));

        assertThat(messages(compilation)).containsExactly(
                "Base.java:2 ERROR [poolforge:UnresetField] field 'owner' of @Pooled class Leaf is not reset between"
                        + " uses; reset it in a @Reset method of Base, or annotate it @Keep to keep its value on purpose",
                "Base.java:3 ERROR [poolforge:UnresetField] field 'name' of @Pooled class Leaf is not reset between"
                        + " uses; annotate it @Reset, reset it in a @Reset method, or annotate it @Keep to keep its"
                        + " value on purpose");
    }

    @Test
    void nestedPooledClassesAreCheckedOnceEach() {
        Compilation compilation = compile(source("Outer", """
                @Pooled
                public class Outer {
                    String name;
                    @Pooled
                    public static class Inner {
                        @Reset int depth;
                        String label;
                    }
                }
                """));

        assertThat(findings(compilation)).containsExactly("Outer.java:3 UnresetField", "Outer.java:7 UnresetField");
    }

    @Test
    void suppressedByIdOnTheFieldOrClassButNotByTheBlanketKey() {
        Compilation compilation = compile(source("Cache", """
                @Pooled
                public class Cache {
                    @SuppressWarnings("poolforge:UnresetField") String lastKey;
                    @SuppressWarnings("poolforge") String lastValue;
                }
                """), source("Quiet", """
                @Pooled
                @SuppressWarnings("poolforge:UnresetField")
                public class Quiet {
                    String lastKey;
                }
                """));

        assertThat(findings(compilation)).containsExactly("Cache.java:4 UnresetField");
    }
}
