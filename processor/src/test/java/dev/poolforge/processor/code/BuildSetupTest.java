package dev.poolforge.processor.code;

import static com.google.testing.compile.Compiler.javac;
import static dev.poolforge.processor.code.CodeCheckCompiler.compile;
import static dev.poolforge.processor.code.CodeCheckCompiler.compileForwarded;
import static dev.poolforge.processor.code.CodeCheckCompiler.findings;
import static dev.poolforge.processor.code.CodeCheckCompiler.messages;
import static dev.poolforge.processor.code.CodeCheckCompiler.others;
import static dev.poolforge.processor.code.CodeCheckCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.poolforge.Pool;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same findings whatever the build: a forwarding environment, a partial recompile, any order of files. */
class BuildSetupTest {
    /** A base class whose reset the subclass extends, with helpers on both sides. */
    private static final JavaFileObject BASE = source("Frame", """
            public abstract class Frame {
                protected int streamId;
                protected final List<String> headers = new ArrayList<>();
                @Reset public void recycle() { streamId = 0; clearHeaders(); onRecycle(); }
                void clearHeaders() { headers.clear(); }
                protected abstract void onRecycle();
            }
            """);
    private static final JavaFileObject SUBCLASS = source("DataFrame", """
            @Pooled
            public class DataFrame extends Frame {
                int padding;
                boolean endStream;
                @Reset final StringBuilder payload = new StringBuilder();
                @Override protected void onRecycle() { padding = 0; }
            }
            """);
    private static final String END_STREAM_NOT_RESET = "DataFrame.java:4 ERROR [poolforge:UnresetField] field"
            + " 'endStream' of @Pooled class DataFrame is not reset between uses; annotate it @Reset, reset it in a"
            + " @Reset method, or annotate it @Keep to keep its value on purpose";

    @Test
    void aBuildToolsForwardingEnvironmentGetsTheSameFindings() {
        Compilation direct = compile(BASE, SUBCLASS);
        Compilation forwarded = compileForwarded(BASE, SUBCLASS);

        assertThat(messages(direct)).containsExactly(END_STREAM_NOT_RESET);
        assertThat(messages(forwarded)).isEqualTo(messages(direct));
        assertThat(messages(compileForwarded(source("Handler", """
                public class Handler {
                    void handle() {
                        @Pooled class Scratch { @Reset int used; }
                    }
                }
                """)))).singleElement().asString().contains("[poolforge:LocalClass]");
    }

    @Test
    void aSuperclassAnalysedAfterItsSubclassIsWaitedFor() {
        assertThat(messages(compile(SUBCLASS, BASE))).containsExactly(END_STREAM_NOT_RESET);
        assertThat(CodeCheckCompiler.findings(compile(source("Leaf", """
                @Pooled
                public class Leaf extends Node {
                    @Reset int weight;
                }
                """), source("Node", """
                public class Node {
                    Node parent;
                    String label;
                    @Reset void detach() { parent = null; }
                }
                """)))).containsExactly("Node.java:3 UnresetField");
    }

    @Test
    void recompilingOnlyTheSubclassAgainstTheBaseClassFileGivesNoFalseFinding(@TempDir Path dir) throws Exception {
        Compilation base = javac().compile(BASE);
        assertThat(base.status()).isEqualTo(Compilation.Status.SUCCESS);
        Path classes = writeClassFiles(base, dir);

        Compilation partial = javac().withClasspath(List.of(classes.toFile(), runtimeClasses()))
                .withProcessors(new dev.poolforge.processor.usage.UsageCheckProcessor())
                .withOptions("-Xlint:all,-processing")
                .compile(SUBCLASS);

        assertThat(others(partial)).isEmpty();
        assertThat(messages(partial)).containsExactly(END_STREAM_NOT_RESET);
    }

    /**
     * Pins a known gap: a {@code @Pooled} class that javac compiles implicitly, from the source path,
     * is seen by no processing round (javac warns that such files are not processed, and no pool is
     * generated), so a superclass javac analysed before it is taken for one from a class file: the
     * pooled class's own fields are checked, the superclass's are not.
     */
    @Test
    void aPooledClassFromTheSourcePathTakesASuperclassAnalysedBeforeItForAClassFile(@TempDir Path dir)
            throws Exception {
        Files.createDirectories(dir.resolve("test"));
        Files.writeString(dir.resolve("test/Message.java"), """
                package test;
                import dev.poolforge.*;
                @Pooled
                public class Message extends Base {
                    int own;
                }
                """);

        Compilation compilation = javac().withProcessors(new dev.poolforge.processor.usage.UsageCheckProcessor())
                .withOptions("-Xlint:all,-processing", "-sourcepath", dir.toString())
                .compile(source("Base", """
                        public abstract class Base {
                            protected int inherited;
                            Message next() { return new Message(); }
                        }
                        """));

        assertThat(others(compilation)).isEmpty();
        assertThat(findings(compilation)).containsExactly("Message.java:4 UnresetField");
    }

    private static Path writeClassFiles(Compilation compilation, Path dir) throws IOException {
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String marker = StandardLocation.CLASS_OUTPUT.getName() + "/";
                Path target = dir.resolve(path.substring(path.indexOf(marker) + marker.length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.copy(in, target);
                }
            }
        }
        return dir;
    }

    private static File runtimeClasses() throws URISyntaxException {
        return new File(Pool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
