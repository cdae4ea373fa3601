package dev.poolforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.poolforge.Pool;
import dev.poolforge.PoolConfig;
import java.lang.reflect.InvocationTargetException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reset model on the classes users wrote and the processor got wrong when it read syntax
 * trees: each compiles cleanly now, and its pool brings an object back as a new one has it, the
 * template being the reference; classes whose new objects the reset cannot reproduce are refused
 * when the pool is built, naming the field.
 */
class ResetModelTest {
    private static final PoolConfig ONE_THREAD = PoolConfig.builder().perThread(4).gcEviction(false).build();
    private static final String IMPORTS = "package rt.model;\nimport dev.poolforge.*;\nimport java.util.*;\n"
            + "import java.util.concurrent.atomic.*;\n";

    @TempDir
    static Path output;
    private static URLClassLoader loader;

    @BeforeAll
    static void compile() {
        loader = CompiledClasses.compile(output, List.of(),
                source("Constants", """
                        @Pooled public class Constants {
                            static final int TIMEOUT = 30 * 1000;
                            @Reset int timeout = TIMEOUT;
                            @Reset long limit = 1L << 20;
                            @Reset String label = "a" + "b";
                            @Reset byte mask = (byte) 0xFF;
                            @Reset long all = ~0L;
                        }
                        """),
                source("Sized", """
                        @Pooled public class Sized {
                            static final int CAPACITY = 32;
                            @Reset final List<String> names = new ArrayList<>(CAPACITY);
                            @Reset final Map<String, Integer> counts = new HashMap<>(16, 0.75f);
                            @Reset final TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                            @Reset final PriorityQueue<Integer> queue = new PriorityQueue<>(Collections.reverseOrder());
                            @Reset final EnumSet<java.util.concurrent.TimeUnit> units =
                                    EnumSet.noneOf(java.util.concurrent.TimeUnit.class);
                        }
                        """),
                source("TwoConstructors", """
                        @Pooled public class TwoConstructors {
                            @Reset int size = 16;
                            @Reset String name;
                            public TwoConstructors() {}
                            public TwoConstructors(int size, String name) { this.size = size; this.name = name; }
                        }
                        """),
                source("Batch", """
                        @Pooled public class Batch extends ArrayList<String> {
                            private static final long serialVersionUID = 1L;
                            @Reset int flushes;
                            @Reset void empty() { clear(); }
                        }
                        """),
                source("Retries", """
                        @Pooled public class Retries {
                            @Reset int retries;
                            { retries = 3; }
                        }
                        """),
                source("Base", """
                        public class Base {
                            @Reset int priority;
                        }
                        """),
                source("Derived", """
                        @Pooled public class Derived extends Base {
                            @Reset String note;
                            public Derived() { priority = 7; }
                        }
                        """),
                source("Text", """
                        @Pooled public class Text {
                            @Reset byte[] bytes = new byte[4];
                            @Reset int length;
                        }
                        """),
                source("Seeded", """
                        @Pooled public class Seeded {
                            @Reset final List<String> names = new ArrayList<>();
                            public Seeded() { names.add("default"); }
                        }
                        """),
                source("SeededOnPurpose", """
                        @Pooled public class SeededOnPurpose {
                            @SuppressWarnings("poolforge:SeededContainer")
                            @Reset final List<String> names = new ArrayList<>(List.of("default"));
                        }
                        """),
                source("Primed", """
                        @Pooled public class Primed {
                            @Reset final java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(8).put(0, (byte) 1);
                        }
                        """),
                source("Flyweight", """
                        public class Flyweight {
                            private int offset;
                            public Flyweight wrap(int offset) { this.offset = offset; return this; }
                        }
                        """),
                source("Viewer", """
                        @Pooled public class Viewer {
                            @Reset Flyweight view = new Flyweight();
                        }
                        """),
                source("Counters", """
                        @Pooled public class Counters {
                            @Reset final LongAdder hits = new LongAdder();
                            @Reset final BitSet seen = new BitSet();
                            @Reset final java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(8);
                            @Reset final AtomicIntegerArray slots = new AtomicIntegerArray(4);
                            @Reset final AtomicReferenceArray<String> names = new AtomicReferenceArray<>(2);
                        }
                        """),
                source("Forgetful", """
                        @Pooled public class Forgetful {
                            @Reset int count;
                            int total;
                            @Reset void clean() {} // forgets total
                        }
                        """));
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    @Test
    void constantExpressionsAreRestored() throws Exception {
        Object obj = usedAndReleased("Constants", "timeout", 1, "limit", 2L, "label", "x", "mask", (byte) 1, "all", 0L);
        assertThat(ObjectState.get(obj, "timeout")).isEqualTo(30_000);
        assertThat(ObjectState.get(obj, "limit")).isEqualTo(1L << 20);
        assertThat(ObjectState.get(obj, "label")).isEqualTo("ab");
        assertThat(ObjectState.get(obj, "mask")).isEqualTo((byte) -1);
        assertThat(ObjectState.get(obj, "all")).isEqualTo(-1L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void containersMadeWithArgumentsAreClearedAndKeepThem() throws Exception {
        Pool<Object> pool = pool("Sized");
        Object obj = pool.acquire();
        Map<String, String> headers = (Map<String, String>) ObjectState.get(obj, "headers");
        headers.put("Content-Type", "text/plain");
        ((java.util.Collection<Integer>) ObjectState.get(obj, "queue")).add(3);
        pool.release(obj);
        assertThat(pool.acquire()).isSameAs(obj);
        assertThat(headers).isEmpty();
        headers.put("Accept", "*/*");
        assertThat(headers.get("ACCEPT")).as("still case-insensitive").isEqualTo("*/*");
    }

    @Test
    void aSecondConstructorWithValuesDoesNotMatter() throws Exception {
        Object obj = usedAndReleased("TwoConstructors", "size", 3, "name", "used");
        assertThat(ObjectState.get(obj, "size")).isEqualTo(16);
        assertThat(ObjectState.get(obj, "name")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSubclassOfAJdkCollectionIsResetByItsResetMethod() throws Exception {
        Pool<Object> pool = pool("Batch");
        Object batch = pool.acquire();
        ((List<String>) batch).add("row");
        pool.assertResetsToFresh(batch);
        assertThat((List<String>) batch).isEmpty();
    }

    @Test
    void anInitializerBlockIsRestored() throws Exception {
        assertThat(ObjectState.get(usedAndReleased("Retries", "retries", 0), "retries")).isEqualTo(3);
    }

    @Test
    void aBaseFieldThatTheSubclassConstructorAssignsIsRestored() throws Exception {
        assertThat(ObjectState.get(usedAndReleased("Derived", "priority", 1), "priority")).isEqualTo(7);
    }

    @Test
    void aNonFinalArrayReplacedByABiggerOneDropsTheObject() throws Exception {
        Pool<Object> pool = pool("Text");
        Object text = pool.acquire();
        ObjectState.set(text, "bytes", new byte[64]);
        pool.release(text);
        assertThat(pool.acquire()).isNotSameAs(text);
        assertThat(pool.stats().drops()).isEqualTo(1);
    }

    @Test
    void aContainerANewObjectFillsIsRefusedWhenThePoolIsBuilt() {
        assertThatThrownBy(() -> pool("Seeded"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("[poolforge:SeededContainer] field 'names' of rt.model.Seeded is not empty in a new object,"
                        + " but release empties it; create it empty, or reset it in a @Reset method instead");
    }

    @Test
    void aBufferWithContentInANewObjectIsRefusedWhenThePoolIsBuilt() {
        assertThatThrownBy(() -> pool("Primed"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("[poolforge:SeededContainer] field 'buffer' of rt.model.Primed is not empty");
    }

    @Test
    void theTemplateCheckIsSuppressedByItsId() throws Exception {
        assertThat(pool("SeededOnPurpose").acquire()).isNotNull();
    }

    @Test
    void anObjectWithStateThatCopyingWouldShareIsRefusedWhenThePoolIsBuilt() {
        assertThatThrownBy(() -> pool("Viewer"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("[poolforge:SharedMutableValue] field 'view' of rt.model.Viewer holds a Flyweight in a new"
                        + " object, and release would copy that one object into every reused one; start it as null, or"
                        + " reset it in a @Reset method instead");
    }

    @Test
    void addersBitSetsBuffersAndAtomicArraysAreResetInPlace() throws Exception {
        Pool<Object> pool = pool("Counters");
        Object counters = pool.acquire();
        ((java.util.concurrent.atomic.LongAdder) ObjectState.get(counters, "hits")).add(5);
        ((java.util.BitSet) ObjectState.get(counters, "seen")).set(3);
        ((java.nio.ByteBuffer) ObjectState.get(counters, "buffer")).putInt(9);
        ((java.util.concurrent.atomic.AtomicIntegerArray) ObjectState.get(counters, "slots")).set(1, 4);
        @SuppressWarnings("unchecked")
        java.util.concurrent.atomic.AtomicReferenceArray<String> names =
                (java.util.concurrent.atomic.AtomicReferenceArray<String>) ObjectState.get(counters, "names");
        names.set(0, "x");

        pool.assertResetsToFresh(counters);

        java.nio.ByteBuffer buffer = (java.nio.ByteBuffer) ObjectState.get(counters, "buffer");
        assertThat(buffer.position()).isZero();
        assertThat(buffer.getInt(0)).isZero();
        assertThat(names.get(0)).isNull();
    }

    @Test
    void assertResetsToFreshNamesTheFieldAResetMethodForgot() throws Exception {
        Pool<Object> pool = pool("Forgetful");
        Object obj = pool.acquire();
        ObjectState.set(obj, "total", 5);
        assertThatThrownBy(() -> pool.assertResetsToFresh(obj))
                .isInstanceOf(AssertionError.class)
                .hasMessage("pool 'ForgetfulPool' reset rt.model.Forgetful unlike a fresh one: total is 5 where a new"
                        + " Forgetful has 0");
    }

    @Test
    void debugModeAuditsEveryResetAndDropsAnObjectUnlikeAFreshOne() throws Exception {
        Pool<Object> pool = pool("Forgetful", PoolConfig.builder().debug(true).gcEviction(false).build());
        Object obj = pool.acquire();
        ObjectState.set(obj, "total", 5);
        assertThatThrownBy(() -> pool.release(obj))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after its reset, rt.model.Forgetful differs from a fresh one: total is 5 where a"
                        + " new Forgetful has 0");
        assertThat(pool.stats().drops()).isEqualTo(1);
        Object clean = pool.acquire();
        pool.release(clean);
        assertThat(pool.acquire()).isSameAs(clean);
    }

    @Test
    void aHandWrittenPoolHasNoAudit() {
        Pool<StringBuilder> pool = new Pool<>(PoolConfig.defaults()) {
            @Override
            protected StringBuilder create() {
                return new StringBuilder();
            }

            @Override
            protected boolean reset(StringBuilder obj) {
                obj.setLength(0);
                return true;
            }
        };
        assertThatThrownBy(() -> pool.assertResetsToFresh(new StringBuilder("x")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("has no reset audit");
    }

    @Test
    void aForwardingEnvironmentGetsTheSamePoolWithoutWarnings() {
        JavaFileObject item = Compile.source("test.Item", """
                package test;
                import dev.poolforge.*;
                @Pooled class Item {
                    @Reset int size = 16;
                    int count;
                    @Reset void clean() { count = 0; }
                }
                """);
        Compilation plain = Compile.strictly(item);
        Compilation forwarded = com.google.testing.compile.Compiler.javac().withProcessors(GradleLikeProcessor.create())
                .withOptions(Compile.LINT, "-Werror").compile(item);
        assertThat(forwarded).succeededWithoutWarnings();
        assertThat(Compile.generatedSource(forwarded, "test.ItemPool"))
                .contains("obj.size = template.size;")
                .isEqualTo(Compile.generatedSource(plain, "test.ItemPool"));
    }

    @Test
    void aClassNamedWithADollarGetsItsPool() {
        Compilation compilation = Compile.strictly(Compile.source("test.Line$Item",
                "package test;\nimport dev.poolforge.*;\n@Pooled public class Line$Item { @Reset int x; }"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFile("test.Line$ItemPool")).isPresent();
    }

    @Test
    void aClassMayHoldItsOwnPool() {
        Compilation compilation = Compile.strictly(Compile.source("test.Message", """
                package test;
                import dev.poolforge.*;
                @Pooled public class Message {
                    static final MessagePool POOL = new MessagePool();
                    @Reset int what;
                    static Message obtain() { return POOL.acquire(); }
                    void recycle() { POOL.release(this); }
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_25) // compact source files are final in Java 25
    void aClassNestedInACompactSourceFileIsOneClearError() {
        JavaFileObject file = Compile.source("Main", """
                import dev.poolforge.*;
                @Pooled static class Item { @Reset int x; }
                void main() { System.out.println(new Item().x); }
                """);
        Compilation compilation = Compile.withProcessor(file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[poolforge:UnnameableClass] class Item cannot be @Pooled: it is"
                + " nested in Main, a class that code in other files cannot name (the class of a compact source file);"
                + " move Item to a file of its own").inFile(file).onLine(2);
    }

    /**
     * The classification that the checks on analysed code use to demand a reset: final fields of
     * containers the pool resets in place, and of a class with state of its own (a flyweight), can
     * carry state from one use into the next; final fields of immutable or unknown types cannot.
     */
    @Test
    void finalFieldsOfMutableTypesAreMutable() {
        Map<String, Boolean> mutable = new java.util.TreeMap<>();
        AbstractProcessor classify = new PooledProcessor() {
            @Override
            public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                TypeClassifier classifier = new TypeClassifier(processingEnv.getTypeUtils(), processingEnv.getElementUtils());
                for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
                    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                        mutable.put(field.getSimpleName().toString(), classifier.isMutableField(field));
                    }
                }
                return false;
            }
        };
        Compilation compilation = Compile.with(List.of(classify), Compile.source("test.Item", """
                package test;
                import java.util.concurrent.atomic.*;
                @dev.poolforge.Pooled class Item {
                    final LongAdder adder = new LongAdder();
                    final java.util.BitSet bits = new java.util.BitSet();
                    final java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(8);
                    final AtomicIntegerArray slots = new AtomicIntegerArray(2);
                    final Flyweight view = new Flyweight();
                    final String name = "n";
                    final java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("a+");
                    final java.time.Clock clock = java.time.Clock.systemUTC();
                    final Runnable task = () -> { };
                    int count;
                    static int shared;
                }
                class Flyweight { private long address; }
                """));
        assertThat(compilation).succeeded();
        assertThat(mutable).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("adder", true), Map.entry("bits", true), Map.entry("buffer", true),
                Map.entry("slots", true), Map.entry("view", true), Map.entry("count", true),
                Map.entry("name", false), Map.entry("pattern", false), Map.entry("clock", false),
                Map.entry("task", false), Map.entry("shared", false), Map.entry("address", true)));
    }

    /** Acquires an object, sets the given fields (name, value, ...), releases it and acquires it again. */
    private static Object usedAndReleased(String pooledClass, Object... fieldsAndValues) throws Exception {
        Pool<Object> pool = pool(pooledClass);
        Object obj = pool.acquire();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            ObjectState.set(obj, (String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        pool.release(obj);
        Object again = pool.acquire();
        assertThat(again).isSameAs(obj);
        return again;
    }

    private static Pool<Object> pool(String pooledClass) throws Exception {
        return pool(pooledClass, ONE_THREAD);
    }

    @SuppressWarnings("unchecked")
    private static Pool<Object> pool(String pooledClass, PoolConfig config) throws Exception {
        try {
            return (Pool<Object>) loader.loadClass("rt.model." + pooledClass + "Pool")
                    .getConstructor(PoolConfig.class).newInstance(config);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    private static JavaFileObject source(String simpleName, String code) {
        return Compile.source("rt.model." + simpleName, IMPORTS + code);
    }
}
