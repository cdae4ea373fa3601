package dev.poolforge.processor.usage;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles test snippets with the checker and renders what it reports. A snippet is the body of
 * class {@code test.Snippet}, which extends {@link #FIXTURE}: a hand-written pool of {@code Item}s
 * ({@code ItemPool}, final like a generated one; {@code OpenPool} to extend) in field {@code pool} (and {@code otherPool}), fields, an array, a list and a map to store items
 * in, and helpers. The class header shares the snippet's first line, so line N of a snippet is line
 * N of the file: messages that mention lines read naturally against the text block.
 */
final class Snippets {
    static final JavaFileObject ITEM = JavaFileObjects.forSourceLines("test.Item",
            "package test;",
            "public class Item {",
            "    public int value;",
            "    public void touch() {}",
            "}");

    static final JavaFileObject ITEM_POOL = JavaFileObjects.forSourceLines("test.ItemPool",
            "package test;",
            "import dev.poolforge.Pool;",
            "import dev.poolforge.PoolConfig;",
            "public final class ItemPool extends Pool<Item> {",
            "    public ItemPool() { super(PoolConfig.defaults()); }",
            "    @Override protected Item create() { return new Item(); }",
            "    @Override protected boolean reset(Item item) { item.value = 0; return true; }",
            "}");

    /** A pool a snippet can extend, to call {@code acquire()} and {@code release} without a receiver. */
    static final JavaFileObject OPEN_POOL = JavaFileObjects.forSourceLines("test.OpenPool",
            "package test;",
            "import dev.poolforge.Pool;",
            "import dev.poolforge.PoolConfig;",
            "public class OpenPool extends Pool<Item> {",
            "    public OpenPool() { super(PoolConfig.defaults()); }",
            "    @Override protected Item create() { return new Item(); }",
            "    @Override protected boolean reset(Item item) { return true; }",
            "}");

    static final JavaFileObject FIXTURE = JavaFileObjects.forSourceLines("test.Fixture",
            "package test;",
            "import java.util.*;",
            "abstract class Fixture {",
            "    final ItemPool pool = new ItemPool();",
            "    final ItemPool otherPool = new ItemPool();",
            "    Item last;",
            "    final Item[] slots = new Item[4];",
            "    final List<Item> kept = new ArrayList<>();",
            "    final Map<String, Item> byName = new HashMap<>();",
            "    static void use(Item item) {}",
            "    static boolean check() { return true; }",
            "    static int count() { return 3; }",
            "}");

    /** What marks the line a finding is expected on, at the end of that line of a snippet. */
    static final String MARK = "// <-";

    private Snippets() {
    }

    static JavaFileObject snippet(String body) {
        return JavaFileObjects.forSourceString("test.Snippet",
                "package test; import java.util.*; import java.util.function.*; class Snippet extends Fixture { "
                        + body + "}");
    }

    static Compilation compile(String body) {
        return compile(javac().withProcessors(new UsageCheckProcessor()), body);
    }

    /** Compiles the snippet with the fixture, by a compiler already given its processors. */
    static Compilation compile(Compiler compiler, String body) {
        return compiler.compile(ITEM, ITEM_POOL, OPEN_POOL, FIXTURE, snippet(body));
    }

    /** The checker's diagnostics as {@code "line KIND message"}. */
    static List<String> findings(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith("[poolforge:"))
                .map(d -> d.getLineNumber() + " " + d.getKind() + " " + d.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
    }

    /** Everything javac reported that is not the checker's: the snippet itself must be valid Java. */
    static List<String> otherErrorsAndWarnings(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
                .filter(d -> !d.getMessage(Locale.ROOT).startsWith("[poolforge:"))
                .map(d -> d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
    }

    /** Asserts the snippet gets exactly this one finding, on the line marked {@link #MARK}. */
    static void assertFlagged(String body, Diagnostic.Kind kind, String message) {
        Compilation compilation = compile(body);
        assertThat(otherErrorsAndWarnings(compilation)).isEmpty();
        assertThat(findings(compilation)).containsExactly(markedLine(body) + " " + kind + " " + message);
    }

    /** Asserts the snippet gets exactly these findings, each written {@code "line KIND message"}. */
    static void assertFindings(String body, String... expected) {
        Compilation compilation = compile(body);
        assertThat(otherErrorsAndWarnings(compilation)).isEmpty();
        assertThat(findings(compilation)).containsExactly(expected);
    }

    /** Asserts the snippet compiles with no finding and no other warning. */
    static void assertClean(String body) {
        Compilation compilation = compile(body);
        assertThat(otherErrorsAndWarnings(compilation)).isEmpty();
        assertThat(findings(compilation)).isEmpty();
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    }

    static long markedLine(String body) {
        List<String> lines = body.lines().collect(Collectors.toList());
        List<Integer> marked = Stream.iterate(0, i -> i + 1).limit(lines.size())
                .filter(i -> lines.get(i).endsWith(MARK))
                .collect(Collectors.toList());
        assertThat(marked).as("lines marked " + MARK).hasSize(1);
        return marked.get(0) + 1;
    }
}
