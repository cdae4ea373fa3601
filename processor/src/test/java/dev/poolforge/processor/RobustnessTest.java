package dev.poolforge.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and unusual inputs: the processor answers each with code or with diagnostics, never with
 * an exception. Each case states the outcome it expects.
 */
class RobustnessTest {
    private static final String IMPORTS = "package test;\nimport dev.poolforge.*;\nimport java.util.*;\n";

    /** What a compile must produce. */
    private record Outcome(String poolName, String diagnostic, Diagnostic.Kind kind) {
        static Outcome pool(String qualifiedName) {
            return new Outcome(qualifiedName, null, null);
        }

        static Outcome error(String text) {
            return new Outcome(null, text, Diagnostic.Kind.ERROR);
        }

        static Outcome warning(String text) {
            return new Outcome(null, text, Diagnostic.Kind.WARNING);
        }
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                c("empty class", "@Pooled class Item {}", Outcome.warning("[poolforge:NoState]")),
                c("only static and kept state", "@Pooled class Item { static int n; @Keep final int k = 1; }",
                        Outcome.pool("test.ItemPool")),
                c("500 fields", "@Pooled class Item {\n" + IntStream.range(0, 500)
                        .mapToObj(i -> "@Reset int f" + i + " = " + i + ";").collect(Collectors.joining("\n"))
                        + "\n}", Outcome.pool("test.ItemPool")),
                c("deep inheritance", "@Pooled class Item extends L29 { @Reset int own; }\n" + IntStream.range(0, 30)
                        .mapToObj(i -> "class L" + i + (i == 0 ? "" : " extends L" + (i - 1)) + " { @Reset int f" + i
                                + "; @Reset int shadow; }").collect(Collectors.joining("\n")),
                        Outcome.pool("test.ItemPool")),
                c("cyclic generic bound", "@Pooled class Item<T extends Item<T>> { @Reset T next; }",
                        Outcome.pool("test.ItemPool")),
                c("mutually recursive bounds",
                        "@Pooled class Item<A extends List<B>, B extends List<A>> { @Reset A a; @Reset B b; }",
                        Outcome.pool("test.ItemPool")),
                c("intersection bound", "@Pooled class Item<T extends Number & Comparable<T>> { @Reset T t; }",
                        Outcome.pool("test.ItemPool")),
                c("wildcard field", "@Pooled class Item { @Reset List<? extends Number> numbers; }",
                        Outcome.pool("test.ItemPool")),
                c("self-typed field", "@Pooled class Item { @Reset Item next; }", Outcome.pool("test.ItemPool")),
                c("unresolved field type", "@Pooled class Item { @Reset Missing m; }",
                        Outcome.error("[poolforge:UnresolvedType]")),
                c("unresolved type argument", "@Pooled class Item { @Reset List<Missing> m; }",
                        Outcome.error("[poolforge:UnresolvedType]")),
                c("unresolved superclass", "@Pooled class Item extends Missing { @Reset int x; }",
                        Outcome.error("[poolforge:UnresolvedType]")),
                c("cyclic inheritance", "@Pooled class Item extends Other { @Reset int x; }\n"
                        + "class Other extends Item {}", Outcome.error("cyclic inheritance")),
                c("record", "@Pooled record Item(int x) {}", Outcome.error("[poolforge:NotAClass]")),
                c("@Reset on an enum field", "enum Item { A; @Reset int x; }", Outcome.warning("[poolforge:OutsidePooled]")),
                c("@Keep on an interface constant", "interface Item { @Keep int X = 1; }",
                        Outcome.warning("[poolforge:OutsidePooled]")),
                c("@Reset on a constructor", "@Pooled class Item { @Reset int x; @Reset Item() {} }",
                        Outcome.error("not applicable")),
                c("maxSize of the wrong type", "@Pooled class Item { @Reset(maxSize = \"big\") final List<String> l"
                        + " = new ArrayList<>(); }", Outcome.error("incompatible types")),
                c("explicit empty name", "@Pooled(name = \"\") class Item { @Reset int x; }",
                        Outcome.pool("test.ItemPool")),
                c("custom name", "@Pooled(name = \"Custom\") class Item { @Reset int x; }",
                        Outcome.pool("test.Custom")),
                c("pool name of the class itself", "@Pooled(name = \"Item\") class Item { @Reset int x; }",
                        Outcome.error("[poolforge:CannotWritePool]")),
                c("unicode names", "@Pooled class Item { @Reset int größe = 2; @Reset String café = \"é\"; }",
                        Outcome.pool("test.ItemPool")),
                c("fields named like the generated code's", "@Pooled class Item { @Reset int obj; @Reset int factory;"
                        + " @Reset int config; @Reset int Arrays; }", Outcome.pool("test.ItemPool")),
                c("class named Pool", "class Item {}\n@Pooled class Pool { @Reset final int[] a = new int[1]; }",
                        Outcome.pool("test.PoolPool")),
                c("class named Supplier", "class Item {}\n@Pooled class Supplier { @Reset int x; }",
                        Outcome.pool("test.SupplierPool")),
                c("escapes in constants", "@Pooled class Item { @Reset String s = \"a\\\"b\\\\c\\n\";"
                        + " @Reset char q = '\\''; @Reset char b = '\\\\'; @Reset char n = '\\n'; @Reset char e = 'é'; }",
                        Outcome.pool("test.ItemPool")),
                c("special numbers", "@Pooled class Item { @Reset double nan = Double.NaN;"
                        + " @Reset float inf = Float.NEGATIVE_INFINITY; @Reset long min = Long.MIN_VALUE;"
                        + " @Reset int minInt = -2147483648; @Reset double tiny = -4.9E-324; @Reset char c = 65; }",
                        Outcome.pool("test.ItemPool")),
                c("parenthesized and negated constants", "@Pooled class Item { @Reset int a = -(5);"
                        + " @Reset long b = (-7L); @Reset Integer c = 3; @Reset Object o = \"text\"; }",
                        Outcome.pool("test.ItemPool")),
                c("deprecated field", "@Pooled class Item { @Reset @Deprecated int old; }",
                        Outcome.pool("test.ItemPool")),
                c("array type argument of a superclass", "@Pooled class Item extends Base<int[]> {}\n"
                        + "class Base<T> { @Reset final T value = null; }", Outcome.pool("test.ItemPool")),
                c("three nesting levels", "class Item { static class Mid { @Pooled static class In { @Reset int x; }"
                        + " } }", Outcome.pool("test.Item_Mid_InPool")),
                c("nested in an interface", "interface Item { @Pooled class In { @Reset int x; } }",
                        Outcome.pool("test.Item_InPool")),
                c("anonymous class inside", "@Pooled class Item { @Reset int x;"
                        + " Runnable r() { return new Runnable() { int y; public void run() {} }; } }",
                        Outcome.pool("test.ItemPool")),
                c("constructor throwing a checked exception", "@Pooled class Item { @Reset int x;"
                        + " Item() throws Exception {} }", Outcome.pool("test.ItemPool")),
                c("final class with a private constructor", "@Pooled final class Item { @Reset int x;"
                        + " private Item() {} static Item make() { return new Item(); } }",
                        Outcome.pool("test.ItemPool")),
                c("hidden fields on three levels", "@Pooled class Item extends B { @Reset int v; }\n"
                        + "class B extends A { @Reset int v; }\nclass A { @Reset int v; }",
                        Outcome.pool("test.ItemPool")),
                c("generic superclass with a hidden field", "@Pooled class Item extends A<String> { @Reset String v; }\n"
                        + "class A<T> { @Reset T v; }", Outcome.pool("test.ItemPool")),
                c("override of a @Reset method", "@Pooled class Item extends A { @Override @Reset void clean() {} }\n"
                        + "class A { @Reset int x; @Reset void clean() {} }", Outcome.pool("test.ItemPool")),
                c("annotation on a parameter position", "@Pooled class Item { @Reset int x;"
                        + " void m(@SuppressWarnings(\"poolforge\") int p) {} }", Outcome.pool("test.ItemPool")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void answersWithCodeOrDiagnosticsNeverAnException(String description, String code, Outcome expected) {
        Compilation compilation = Compile.withProcessor(Compile.source("test.Item", IMPORTS + code));
        String diagnostics = Compile.describe(compilation.diagnostics());
        assertThat(diagnostics).doesNotContain("poolforge:InternalError").doesNotContain("threw an uncaught exception");
        if (expected.poolName() != null) {
            assertThat(compilation.status()).as(diagnostics).isEqualTo(Compilation.Status.SUCCESS);
            assertThat(compilation.generatedSourceFile(expected.poolName())).as(diagnostics).isPresent();
        } else {
            assertThat(compilation.diagnostics())
                    .as(diagnostics)
                    .anyMatch(d -> d.getKind() == expected.kind() && d.getMessage(null).contains(expected.diagnostic()));
        }
    }

    private static Arguments c(String description, String code, Outcome outcome) {
        return Arguments.of(description, code, outcome);
    }
}
