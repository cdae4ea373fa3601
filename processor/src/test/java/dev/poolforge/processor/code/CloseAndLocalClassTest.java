package dev.poolforge.processor.code;

import static dev.poolforge.processor.code.CodeCheckCompiler.compile;
import static dev.poolforge.processor.code.CodeCheckCompiler.findings;
import static dev.poolforge.processor.code.CodeCheckCompiler.messages;
import static dev.poolforge.processor.code.CodeCheckCompiler.others;
import static dev.poolforge.processor.code.CodeCheckCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** A close() that a pool would never call, and @Pooled where no processor looks. */
class CloseAndLocalClassTest {
    @Test
    void streamsWhoseCloseDoesNothingMayBePooled() {
        Compilation compilation = compile(source("Counting", """
                @Pooled
                public class Counting extends OutputStream {
                    @Reset long count;
                    @Override public void write(int b) { count++; }
                    @Override public void close() {}
                }
                """), source("Sized", """
                @Pooled
                public class Sized extends OutputStream {
                    @Reset long size;
                    @Override public void write(int b) { size++; }
                }
                """), source("Forwarding", """
                @Pooled
                public class Forwarding extends OutputStream {
                    @Reset long written;
                    @Override public void write(int b) { written++; }
                    @Override public void close() throws IOException { super.close(); }
                }
                """), source("Bytes", """
                @Pooled
                public class Bytes extends ByteArrayOutputStream {
                    @Reset public void reset() { super.reset(); }
                }
                """), source("Input", """
                @Pooled
                public class Input extends InputStream {
                    @Reset int position;
                    @Override public int read() { return position++ < 0 ? 0 : -1; }
                }
                """), source("Quiet", """
                interface Quiet extends AutoCloseable {
                    @Override default void close() {}
                }
                """), source("Scope", """
                @Pooled
                public class Scope implements Quiet {
                    @Reset String name;
                }
                """));

        assertThat(others(compilation)).isEmpty();
        assertThat(messages(compilation)).isEmpty();
    }

    @Test
    void aCloseThatDoesSomethingIsAnErrorOnIt() {
        Compilation compilation = compile(source("Lease", """
                @Pooled
                public class Lease implements AutoCloseable {
                    @Reset boolean open;
                    @Override
                    public void close() { open = false; }
                }
                """), source("Line", """
                @Pooled
                public class Line extends FilterOutputStream {
                    public Line() { super(OutputStream.nullOutputStream()); }
                }
                """), source("Log", """
                @Pooled
                public class Log extends Writer {
                    @Reset final StringBuilder text = new StringBuilder();
                    @Override public void write(char[] chars, int offset, int length) { text.append(chars, offset, length); }
                    @Override public void flush() {}
                    @Override public void close() throws IOException { flush(); }
                }
                """));

        assertThat(messages(compilation)).containsExactly(
                "Lease.java:5 ERROR [poolforge:AutoCloseable] class Lease is AutoCloseable and its close() does something,"
                        + " but a pool drops idle objects at GC cycles without closing them; use a resource pool that"
                        + " closes what it drops, or do not pool it",
                "Line.java:2 ERROR [poolforge:AutoCloseable] class Line is AutoCloseable and its close() does something,"
                        + " but a pool drops idle objects at GC cycles without closing them; use a resource pool that"
                        + " closes what it drops, or do not pool it",
                "Log.java:6 ERROR [poolforge:AutoCloseable] class Log is AutoCloseable and its close() does something,"
                        + " but a pool drops idle objects at GC cycles without closing them; use a resource pool that"
                        + " closes what it drops, or do not pool it");
    }

    @Test
    void suppressedByIdOnTheClass() {
        Compilation compilation = compile(source("Lease", """
                @Pooled
                @SuppressWarnings("poolforge:AutoCloseable")
                public class Lease implements AutoCloseable {
                    @Reset boolean open;
                    @Override public void close() { open = false; }
                }
                """));

        assertThat(messages(compilation)).isEmpty();
    }

    @Test
    void aLocalPooledClassAloneInTheCompilationIsAnErrorOnItsAnnotation() {
        Compilation compilation = compile(source("Handler", """
                public class Handler {
                    void handle() {
                        @Pooled
                        class Scratch { @Reset int used; }
                        new Scratch().used++;
                    }
                }
                """));

        assertThat(messages(compilation)).containsExactly("Handler.java:3 ERROR [poolforge:LocalClass] local class"
                + " Scratch cannot be @Pooled: the generated pool cannot name it; move it to a top-level or static"
                + " nested class");
    }

    @Test
    void aLocalPooledClassIsReportedOnceAndCanBeSuppressed() {
        Compilation compilation = compile(source("Handler", """
                public class Handler {
                    static class Nested {
                        void run() {
                            @Pooled class Inner { @Reset int used; }
                        }
                    }
                    @SuppressWarnings("poolforge:LocalClass")
                    void quiet() {
                        @Pooled class Known { @Reset int used; }
                    }
                }
                """));

        assertThat(findings(compilation)).containsExactly("Handler.java:4 LocalClass");
    }

    @Test
    void aLocalPooledClassIsFoundByItsQualifiedNameAndInsideALambda() {
        Compilation compilation = compile(source("Handler", """
                public class Handler {
                    final Runnable task = () -> {
                        @Deprecated @dev.poolforge.Pooled
                        class Scratch { @Reset int used; }
                        new Scratch().used++;
                    };
                }
                """));

        assertThat(findings(compilation)).containsExactly("Handler.java:3 LocalClass");
    }

    @Test
    void aLocalPooledClassIsFoundWhenItsAnnotationIsSpelledWithUnicodeEscapes() {
        // The compiled file spells the P of Pooled as a Unicode escape, so its text never says Pooled.
        Compilation compilation = compile(source("Handler", """
                public class Handler {
                    void handle() {
                        @\\u0050ooled
                        class Scratch { @Reset int used; }
                        new Scratch().used++;
                    }
                }
                """));

        assertThat(findings(compilation)).containsExactly("Handler.java:3 LocalClass");
    }
}
