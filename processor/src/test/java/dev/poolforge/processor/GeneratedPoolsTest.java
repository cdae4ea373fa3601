package dev.poolforge.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolforge.Pool;
import dev.poolforge.PoolConfig;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs generated pools: classes compiled with the processor are loaded, used, released and
 * acquired again on one thread (which gets the same object back), and compared field by field,
 * own and inherited, with a fresh object. Fields named {@code kept...} are {@code @Keep}.
 */
class GeneratedPoolsTest {
    private static final PoolConfig ONE_THREAD = PoolConfig.builder().perThread(4).gcEviction(false).build();
    private static final String IMPORTS = "package rt;\nimport dev.poolforge.*;\nimport java.util.*;\n"
            + "import java.util.concurrent.atomic.*;\n";

    @TempDir
    static Path output;
    private static URLClassLoader loader;

    @BeforeAll
    static void compile() {
        loader = CompiledClasses.compile(output, List.of(),
                source("Color", "public enum Color { RED, GREEN, BLUE }"),
                source("Base", """
                        public class Base {
                            static final double SCALE = 2.5;
                            @Reset int inherited;
                            @Reset protected String baseNote = "base";
                            @Reset int hidden = 3;
                            @Keep int keptInBase;
                        }
                        """),
                source("Part", """
                        @Pooled public class Part {
                            @Reset int x;
                            @Reset(maxSize = 4) final List<String> names = new ArrayList<>();
                        }
                        """),
                source("Everything", """
                        @Pooled public class Everything extends Base {
                            @Reset int i; @Reset long l; @Reset double d; @Reset float f; @Reset boolean b;
                            @Reset char c; @Reset byte by; @Reset short sh;
                            @Reset String s; @Reset Integer boxed; @Reset Color color; @Reset Object other;
                            @Reset int sized = 16; @Reset long negative = -5; @Reset String greeting = "hi";
                            @Reset char sep = ';'; @Reset double scaled = SCALE; @Reset Color none = null;
                            @Reset int hidden = 4;
                            @Reset final List<String> list = new ArrayList<>();
                            @Reset final Map<String, Integer> map = new HashMap<>();
                            @Reset Set<String> set = new HashSet<>();
                            @Reset List<String> absent;
                            @Reset final StringBuilder builder = new StringBuilder();
                            @Reset final StringBuffer buffer = new StringBuffer();
                            @Reset final int[] ints = new int[3];
                            @Reset final String[] strings = new String[2];
                            @Reset final boolean[] flags = new boolean[2];
                            @Reset final char[] chars = new char[2];
                            @Reset final byte[] bytes = new byte[2];
                            @Reset final AtomicInteger atomicInt = new AtomicInteger();
                            @Reset final AtomicLong atomicLong = new AtomicLong();
                            @Reset final AtomicBoolean atomicBoolean = new AtomicBoolean();
                            @Reset final AtomicReference<String> atomicRef = new AtomicReference<>();
                            @Reset final Part part = new Part();
                            int byMethod = 9;
                            @Keep int keptNumber;
                            @Keep final List<String> keptList = new ArrayList<>();
                            @Reset void resetByMethod() { byMethod = 9; }
                        }
                        """),
                source("Limits", """
                        @Pooled public class Limits {
                            @Reset(maxSize = 4) final List<String> names = new ArrayList<>();
                            @Reset(maxSize = 32) final StringBuilder text = new StringBuilder();
                            @Reset final Part part = new Part();
                        }
                        """),
                source("Guarded", """
                        @Pooled public class Guarded {
                            boolean broken;
                            @Reset boolean usable() { return !broken; }
                        }
                        """),
                source("OrderedBase", """
                        public class OrderedBase {
                            @Reset int count;
                            @Keep final List<String> keptLog = new ArrayList<>();
                            @Reset void first() { keptLog.add("base:" + count); }
                        }
                        """),
                source("Ordered", """
                        @Pooled public class Ordered extends OrderedBase {
                            @Reset int level;
                            @Reset void second() { keptLog.add("sub:" + level + "," + count); }
                        }
                        """),
                source("Named", """
                        @Pooled public class Named {
                            @Keep final String keptName;
                            @Reset int uses;
                            public Named(String name) { this.keptName = name; }
                        }
                        """),
                source("Box", """
                        @Pooled public class Box<T> {
                            @Reset T value;
                            @Reset final List<T> history = new ArrayList<>();
                        }
                        """));
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    @Test
    void everyRowOfTheResetTableRestoresAFreshObject() throws Exception {
        Pool<Object> pool = pool("Everything");
        Object obj = pool.acquire();
        Map<String, String> fresh = ObjectState.of(newInstance("Everything"));
        ObjectState.dirty(obj);
        Map<String, String> dirty = ObjectState.of(obj);
        fresh.forEach((field, value) -> assertThat(dirty.get(field)).as(field).isNotEqualTo(value));

        pool.release(obj);
        Object again = pool.acquire();

        assertThat(again).isSameAs(obj);
        Map<String, String> reset = ObjectState.of(again);
        assertThat(withoutKept(reset)).isEqualTo(withoutKept(fresh));
        assertThat(kept(reset)).isEqualTo(kept(dirty)).isNotEmpty();
    }

    @Test
    void aCollectionPastItsMaxSizeDropsTheObject() throws Exception {
        Pool<Object> pool = pool("Limits");
        Object atLimit = pool.acquire();
        addNames(atLimit, 4);
        pool.release(atLimit);
        assertThat(pool.acquire()).isSameAs(atLimit);

        addNames(atLimit, 5);
        pool.release(atLimit);
        assertThat(pool.stats().drops()).isEqualTo(1);
        assertThat(pool.acquire()).isNotSameAs(atLimit);
    }

    @Test
    void aBuilderPastItsMaxCapacityDropsTheObject() throws Exception {
        Pool<Object> pool = pool("Limits");
        Object obj = pool.acquire();
        ((StringBuilder) ObjectState.get(obj, "text")).append("x".repeat(100));
        pool.release(obj);
        assertThat(pool.stats().drops()).isEqualTo(1);
        assertThat(pool.acquire()).isNotSameAs(obj);
    }

    @Test
    void aNestedPooledFieldPastItsMaxSizeDropsTheOuterObject() throws Exception {
        Pool<Object> pool = pool("Limits");
        Object obj = pool.acquire();
        addNames(ObjectState.get(obj, "part"), 5);
        pool.release(obj);
        assertThat(pool.stats().drops()).isEqualTo(1);
    }

    @Test
    void aResetMethodReturningFalseDropsTheObject() throws Exception {
        Pool<Object> pool = pool("Guarded");
        Object healthy = pool.acquire();
        pool.release(healthy);
        assertThat(pool.acquire()).isSameAs(healthy);

        ObjectState.set(healthy, "broken", true);
        pool.release(healthy);
        assertThat(pool.stats().drops()).isEqualTo(1);
        assertThat(pool.acquire()).isNotSameAs(healthy);
    }

    @Test
    void fieldsResetBeforeMethodsAndSuperclassMethodsFirst() throws Exception {
        Pool<Object> pool = pool("Ordered");
        Object obj = pool.acquire();
        ObjectState.set(obj, "level", 6);
        ObjectState.set(obj, "count", 5);
        pool.release(obj);
        assertThat(ObjectState.get(obj, "keptLog")).isEqualTo(List.of("base:0", "sub:0,0"));
    }

    @Test
    void aClassWithoutNoArgConstructorGetsSupplierConstructorsOnly() throws Exception {
        Class<?> poolClass = loader.loadClass("rt.NamedPool");
        assertThat(Arrays.stream(poolClass.getConstructors()).map(GeneratedPoolsTest::parameters))
                .containsExactlyInAnyOrder("Supplier", "PoolConfig,Supplier");
        Constructor<?> withSupplier = poolClass.getConstructor(PoolConfig.class, Supplier.class);
        Supplier<Object> named = () -> newInstance("Named", "a");
        @SuppressWarnings("unchecked")
        Pool<Object> pool = (Pool<Object>) withSupplier.newInstance(ONE_THREAD, named);
        Object obj = pool.acquire();
        assertThat(ObjectState.get(obj, "keptName")).isEqualTo("a");
        ObjectState.set(obj, "uses", 3);
        pool.release(obj);
        assertThat(ObjectState.of(pool.acquire())).isEqualTo(ObjectState.of(named.get()));
    }

    @Test
    void aNullSupplierIsRejectedByName() throws Exception {
        Constructor<?> withSupplier = loader.loadClass("rt.NamedPool").getConstructor(Supplier.class);
        assertThatThrownBy(() -> withSupplier.newInstance((Object) null))
                .isInstanceOf(InvocationTargetException.class)
                .cause().isInstanceOf(NullPointerException.class).hasMessage("factory must not be null");
    }

    @Test
    void aGenericPoolResetsItsObjects() throws Exception {
        Pool<Object> pool = pool("Box");
        Object box = pool.acquire();
        ObjectState.dirty(box);
        pool.release(box);
        assertThat(pool.acquire()).isSameAs(box);
        assertThat(ObjectState.of(box)).isEqualTo(ObjectState.of(newInstance("Box")));
    }

    @Test
    void fieldsInheritedFromACompiledSuperclassAreReset(@TempDir Path jar, @TempDir Path app) throws Exception {
        CompiledClasses.compile(jar, List.of(), Compile.source("rt.lib.Shared", """
                package rt.lib;
                import dev.poolforge.*;
                @SuppressWarnings("poolforge")
                public class Shared {
                    @Reset public int count;
                    @Reset public final java.util.List<String> names = new java.util.ArrayList<>();
                }
                """)).close();
        assertThat(Files.exists(jar.resolve("rt/lib/Shared.class"))).isTrue();
        CompiledClasses.compile(app, List.of(jar), Compile.source("rt.User",
                IMPORTS + "@SuppressWarnings(\"poolforge\") // Shared.count has no initializer\n"
                        + "@Pooled public class User extends rt.lib.Shared { @Reset int own; }\n")).close();
        URL[] both = {app.toUri().toURL(), jar.toUri().toURL()};
        try (URLClassLoader appAndJar = new URLClassLoader(both, getClass().getClassLoader())) {
            @SuppressWarnings("unchecked")
            Pool<Object> pool = (Pool<Object>) appAndJar.loadClass("rt.UserPool")
                    .getConstructor(PoolConfig.class).newInstance(ONE_THREAD);
            Object user = pool.acquire();
            Map<String, String> fresh = ObjectState.of(user);
            ObjectState.dirty(user);
            pool.release(user);
            assertThat(ObjectState.of(pool.acquire())).isEqualTo(fresh);
        }
    }

    private static JavaFileObject source(String simpleName, String code) {
        return Compile.source("rt." + simpleName, IMPORTS + code);
    }

    @SuppressWarnings("unchecked")
    private static Pool<Object> pool(String pooledClass) throws ReflectiveOperationException {
        return (Pool<Object>) loader.loadClass("rt." + pooledClass + "Pool")
                .getConstructor(PoolConfig.class).newInstance(ONE_THREAD);
    }

    private static Object newInstance(String simpleName, Object... arguments) {
        try {
            Class<?> type = loader.loadClass("rt." + simpleName);
            Class<?>[] parameterTypes = Arrays.stream(arguments).map(Object::getClass).toArray(Class<?>[]::new);
            return type.getConstructor(parameterTypes).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void addNames(Object obj, int count) {
        List<String> names = (List<String>) ObjectState.get(obj, "names");
        names.clear();
        for (int i = 0; i < count; i++) {
            names.add("n" + i);
        }
    }

    private static String parameters(Constructor<?> constructor) {
        return Arrays.stream(constructor.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","));
    }

    private static Map<String, String> withoutKept(Map<String, String> state) {
        return state.entrySet().stream().filter(e -> !isKept(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, String> kept(Map<String, String> state) {
        return state.entrySet().stream().filter(e -> isKept(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean isKept(String field) {
        return field.substring(field.indexOf('.') + 1).startsWith("kept");
    }
}
