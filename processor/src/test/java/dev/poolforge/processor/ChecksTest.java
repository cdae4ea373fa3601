package dev.poolforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each class-level check: its message, on the line of the element it is about. In every source,
 * the comment {@code // <- here} marks the line where the diagnostic must point.
 */
class ChecksTest {
    private static final String HERE = "// <- here";
    private static final String IMPORTS = "package test;\nimport dev.poolforge.*;\nimport java.util.*;\n";

    @ParameterizedTest
    @CsvSource({
        "interface, @Pooled interface Item {}",
        "enum, @Pooled enum Item { A }",
        "record, @Pooled record Item(int x) {}",
        "annotation type, @Pooled @interface Item {}",
    })
    void notAClass(String kind, String declaration) {
        assertError("[poolforge:NotAClass] " + kind + " Item cannot be @Pooled: a pool creates and reuses instances"
                + " of a concrete class; remove @Pooled or put it on a class", declaration + " " + HERE);
    }

    @Test
    void abstractClass() {
        assertError("[poolforge:AbstractClass] abstract class Item cannot be @Pooled: the pool must create"
                + " instances of it; put @Pooled on a concrete subclass", """
                @Pooled // <- here
                abstract class Item { @Reset int x; }
                """);
    }

    @Test
    void innerClass() {
        assertError("[poolforge:InnerClass] inner class Inner cannot be @Pooled: the pool cannot create it without"
                + " an enclosing instance; make it static", """
                class Item {
                    @Pooled // <- here
                    class Inner { @Reset int x; }
                }
                """);
    }

    @Test
    void privateClass() {
        assertError("[poolforge:PrivateClass] class Inner cannot be @Pooled because it is private or nested in a"
                + " private class: the generated pool cannot reach it; make it package-private or public", """
                class Item {
                    @Pooled // <- here
                    private static class Inner { @Reset int x; }
                }
                """);
    }

    @Test
    void classNestedInPrivateClass() {
        assertError("[poolforge:PrivateClass] class Inner cannot be @Pooled", """
                class Item {
                    private static class Middle {
                        @Pooled // <- here
                        static class Inner { @Reset int x; }
                    }
                }
                """);
    }

    @Test
    void finalizerOnTheMethod() {
        assertError("[poolforge:Finalizer] class Item overrides finalize() and cannot be @Pooled: finalization would"
                + " run on objects the pool drops, at unknown times; remove finalize() (use a java.lang.ref.Cleaner)",
                """
                @Pooled
                class Item {
                    @Reset int x;
                    @SuppressWarnings("deprecation")
                    @Override protected void finalize() {} // <- here
                }
                """);
    }

    @Test
    void inheritedFinalizerOnTheClass() {
        assertError("[poolforge:Finalizer] class Item overrides finalize()", """
                @Pooled class Item extends Base { @Reset int x; } // <- here
                class Base {
                    @SuppressWarnings("deprecation")
                    @Override protected void finalize() {}
                }
                """);
    }

    @Test
    void invalidPoolName() {
        assertError("[poolforge:InvalidPoolName] @Pooled(name = \"new\") is not a valid Java class name;"
                + " use a simple name such as \"ItemPool\"", """
                @Pooled(name = "new") // <- here
                class Item { @Reset int x; }
                """);
    }

    @Test
    void noState() {
        assertWarning("[poolforge:NoState] @Pooled class Item has no instance fields, so pooling it saves nothing;"
                + " remove @Pooled", """
                @Pooled // <- here
                class Item { static int count; }
                """);
    }

    @Test
    void staticResetField() {
        assertError("[poolforge:StaticField] @Reset on static field 'count' has no effect: a static field belongs to"
                + " the class, not to pooled instances; remove @Reset", """
                @Pooled
                class Item {
                    @Reset int x;
                    @Reset static int count; // <- here
                }
                """);
    }

    @Test
    void staticKeepField() {
        assertError("[poolforge:StaticField] @Keep on static field 'count' has no effect", """
                @Pooled
                class Item {
                    @Reset int x;
                    @Keep static int count; // <- here
                }
                """);
    }

    @Test
    void resetAndKeep() {
        assertError("[poolforge:ResetAndKeep] field 'x' is both @Reset and @Keep; keep @Reset to restore it on"
                + " release, or @Keep to keep its value on purpose", """
                @Pooled
                class Item {
                    @Reset
                    @Keep // <- here
                    int x;
                }
                """);
    }

    @Test
    void privateResetField() {
        assertError("[poolforge:PrivateResetField] @Reset field 'x' is private, so the generated pool cannot reset"
                + " it; make it package-private, or reset it in a @Reset method", """
                @Pooled
                class Item {
                    @Reset private int x; // <- here
                }
                """);
    }

    @Test
    void inheritedFieldFromAnotherPackageMustBePublic() {
        JavaFileObject base = Compile.source("other.Base", """
                package other;
                import dev.poolforge.*;
                public class Base {
                    @Reset protected int count; // <- here
                }
                """);
        String item = IMPORTS + "@Pooled class Item extends other.Base { @Reset int x; }\n";
        Compilation compilation = Compile.withProcessor(Compile.source("test.Item", item), base);
        assertThat(compilation).hadErrorContaining("[poolforge:InaccessibleMember] @Reset field 'count' of other.Base"
                        + " is not public, so the generated pool in package test cannot reach it; make it public,"
                        + " or reset the state from a @Reset method of Base")
                .inFile(base).onLine(4);
    }

    @Test
    void inheritedResetMethodFromAnotherPackageMustBePublic() {
        JavaFileObject base = Compile.source("other.Base", """
                package other;
                import dev.poolforge.*;
                public class Base {
                    @Reset protected void clean() {} // <- here
                }
                """);
        String item = IMPORTS + "@Pooled class Item extends other.Base { @Reset int x; }\n";
        Compilation compilation = Compile.withProcessor(Compile.source("test.Item", item), base);
        assertThat(compilation).hadErrorContaining("[poolforge:InaccessibleMember] @Reset method 'clean' of"
                + " other.Base is not public").inFile(base).onLine(4);
    }

    @Test
    void noInPlaceReset() {
        assertError("[poolforge:NoInPlaceReset] @Reset final field 'lock' of type java.lang.Object has no known"
                + " in-place reset, and a final field cannot take the new object's value; annotate it @Keep, or"
                + " remove @Reset and reset it in a @Reset method", """
                @Pooled
                class Item {
                    @Reset final Object lock = new Object(); // <- here
                }
                """);
    }

    @Test
    void arrayOfArraysHasNoInPlaceReset() {
        assertError("[poolforge:NoInPlaceReset] @Reset final field 'grid' of type int[][] has no known", """
                @Pooled
                class Item {
                    @Reset final int[][] grid = new int[2][2]; // <- here
                }
                """);
    }

    @Test
    void maxSizeOnAPlainField() {
        assertError("[poolforge:MaxSizeNotApplicable] @Reset(maxSize = 10) on field 'x' has no effect: maxSize"
                + " applies to a collection, map or string builder field that is cleared in place; remove maxSize",
                """
                @Pooled
                class Item {
                    @Reset(maxSize = 10) int x; // <- here
                }
                """);
    }

    @Test
    void maxSizeOnAMethod() {
        assertError("[poolforge:MaxSizeNotApplicable] @Reset(maxSize = 3) on method 'clean' has no effect", """
                @Pooled
                class Item {
                    @Reset int x;
                    @Reset(maxSize = 3) void clean() {} // <- here
                }
                """);
    }

    @Test
    void negativeMaxSize() {
        assertError("[poolforge:NegativeMaxSize] @Reset(maxSize = -1) on field 'names' is negative, so every object"
                + " would be dropped; use 0 or more, or remove maxSize for no limit", """
                @Pooled
                class Item {
                    @Reset(maxSize = -1) final List<String> names = new ArrayList<>(); // <- here
                }
                """);
    }

    @Test
    void threadLocalField() {
        assertWarning("[poolforge:ThreadLocalField] field 'local' of @Pooled class Item is a ThreadLocal: a pooled"
                + " object moves between threads, and each thread sees its own value; keep the value in a plain"
                + " field", """
                @Pooled
                class Item {
                    @Keep final ThreadLocal<String> local = new ThreadLocal<>(); // <- here
                }
                """);
    }

    @Test
    void privateResetMethod() {
        assertError("[poolforge:PrivateResetMethod] @Reset method clean() is private, so the generated pool cannot"
                + " call it; make it package-private", """
                @Pooled
                class Item {
                    @Reset int x;
                    @Reset private void clean() {} // <- here
                }
                """);
    }

    @Test
    void staticResetMethod() {
        assertError("[poolforge:StaticResetMethod] @Reset method clean() is static, so it cannot reset an instance;"
                + " make it an instance method", """
                @Pooled
                class Item {
                    @Reset int x;
                    @Reset static void clean() {} // <- here
                }
                """);
    }

    @Test
    void resetMethodWithParameters() {
        assertError("[poolforge:ResetMethodParameters] @Reset method clean(...) takes parameters, but the pool calls"
                + " it with none; remove the parameters", """
                @Pooled
                class Item {
                    @Reset int x;
                    @Reset void clean(int how) {} // <- here
                }
                """);
    }

    @Test
    void resetMethodThrowingACheckedException() {
        assertError("[poolforge:ResetMethodThrows] @Reset method clean() declares the checked exception"
                + " java.io.IOException, which release() cannot throw; handle it inside, and return false to drop"
                + " the object", """
                @Pooled
                class Item {
                    @Reset int x;
                    @Reset void clean() throws java.io.IOException {} // <- here
                }
                """);
    }

    @Test
    void resetMethodReturningSomethingElse() {
        assertError("[poolforge:ResetMethodReturnType] @Reset method clean() returns java.lang.Boolean; return void,"
                + " or boolean where false drops the object", """
                @Pooled
                class Item {
                    @Reset int x;
                    @Reset Boolean clean() { return true; } // <- here
                }
                """);
    }

    @Test
    void resetOutsidePooledClass() {
        assertWarning("[poolforge:OutsidePooled] @Reset on field 'x' has no effect: Item is neither @Pooled nor a"
                + " superclass of a @Pooled class in this compilation; annotate the class @Pooled, or remove @Reset",
                """
                class Item {
                    @Reset int x; // <- here
                }
                """);
    }

    @Test
    void keepOutsidePooledClass() {
        assertWarning("[poolforge:OutsidePooled] @Keep on field 'x' has no effect", """
                class Item {
                    @Keep int x; // <- here
                }
                """);
    }

    @Test
    void resetInASuperclassOfAPooledClassIsNoWarning() {
        Compilation compilation = Compile.strictly(Compile.source("test.Item", IMPORTS + """
                @Pooled class Item extends Base { @Reset int x; }
                class Base { @Reset int y; }
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void unresolvedType() {
        String code = IMPORTS + """
                @Pooled class Item { // <- here
                    @Reset Missing m;
                }
                """;
        JavaFileObject file = Compile.source("test.Item", code);
        assertThat(Compile.withProcessor(file))
                .hadErrorContaining("[poolforge:UnresolvedType] @Pooled class Item refers to Missing (the type of"
                        + " field 'm'), which could not be resolved, so no pool was generated; make the type"
                        + " available to the compilation")
                .inFile(file).onLine(Compile.lineOf(code, HERE));
    }

    @Test
    void twoClassesWithOnePoolName() {
        assertError("[poolforge:CannotWritePool] cannot write the pool test.SharedPool for @Pooled class Second", """
                @Pooled(name = "SharedPool") class Item { @Reset int x; }
                @Pooled(name = "SharedPool") class Second { @Reset int x; } // <- here
                """);
    }

    @Test
    void warningsAreSilencedOnTheElement() {
        Compilation compilation = Compile.strictly(Compile.source("test.Item", IMPORTS + """
                @Pooled class Item {
                    @SuppressWarnings("poolforge") @Keep final ThreadLocal<String> local = new ThreadLocal<>();
                }
                class Plain { @SuppressWarnings({"unused", "poolforge"}) @Reset int x; }
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void warningsAreSilencedOnTheClass() {
        Compilation compilation = Compile.strictly(Compile.source("test.Item", IMPORTS + """
                @SuppressWarnings("poolforge")
                @Pooled class Item {
                    @Keep final ThreadLocal<String> local = new ThreadLocal<>();
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void errorsAreNotSilenced() {
        assertError("[poolforge:PrivateResetField] @Reset field 'note'", """
                @SuppressWarnings("poolforge")
                @Pooled class Item {
                    @Reset private String note; // <- here
                }
                """);
    }

    @Test
    void everyProblemOfAClassIsReportedInOneCompile() {
        Compilation compilation = Compile.withProcessor(Compile.source("test.Item", IMPORTS + """
                @Pooled class Item {
                    @Reset final Object lock = new Object();
                    @Reset private int secret;
                    @Reset static int count;
                    @Reset int clean(String how) { return 0; }
                }
                """));
        assertThat(compilation).failed();
        assertThat(compilation.errors()).extracting(d -> d.getMessage(null).substring(0, d.getMessage(null).indexOf(']') + 1))
                .containsExactlyInAnyOrder("[poolforge:NoInPlaceReset]", "[poolforge:PrivateResetField]",
                        "[poolforge:StaticField]", "[poolforge:ResetMethodParameters]",
                        "[poolforge:ResetMethodReturnType]");
    }

    @Test
    void aCapacityOrAKeyTypeIsNotContent() {
        Compilation compilation = Compile.strictly(Compile.source("test.Item", IMPORTS + """
                @Pooled class Item {
                    @Reset final List<String> names = new ArrayList<>(16);
                    @Reset final Map<java.util.concurrent.TimeUnit, String> byUnit =
                            new EnumMap<>(java.util.concurrent.TimeUnit.class);
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    private static void assertError(String message, String declarations) {
        assertReported(Diagnostic.Kind.ERROR, message, declarations);
    }

    private static void assertWarning(String message, String declarations) {
        assertReported(Diagnostic.Kind.WARNING, message, declarations);
    }

    private static void assertReported(Diagnostic.Kind kind, String message, String declarations) {
        String code = IMPORTS + declarations;
        JavaFileObject file = Compile.source("test.Item", code);
        Compilation compilation = Compile.withProcessor(file);
        int line = Compile.lineOf(code, HERE);
        if (kind == Diagnostic.Kind.ERROR) {
            assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(line);
        } else {
            assertThat(compilation).hadWarningContaining(message).inFile(file).onLine(line);
        }
        assertThat(Compile.describe(compilation.diagnostics())).doesNotContain("poolforge:InternalError");
    }
}
