package dev.poolforge.processor.usage;

import static com.google.testing.compile.Compiler.javac;
import static dev.poolforge.processor.usage.Snippets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.poolforge.Pool;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the checker gets into a compilation, and how it behaves when it cannot work. */
class CheckerSetupTest {
    private static final String USE_AFTER_RELEASE = "void run() {\n"
            + "    Item item = pool.acquire();\n"
            + "    pool.release(item);\n"
            + "    item.touch();\n"
            + "}\n";
    private static final String EXPECTED = "4 ERROR [poolforge:UseAfterRelease] 'item' is used after it was released"
            + " to pool on line 3; move this use before pool.release(item), or acquire a new object";

    @Test
    void checksCodeWhosePoolComesFromAJar(@TempDir Path dir) throws Exception {
        Compilation pools = javac().compile(Snippets.ITEM, Snippets.ITEM_POOL);
        File jar = jarOfClasses(pools, dir.resolve("pools.jar"));

        Compilation compilation = javac()
                .withProcessors(new UsageCheckProcessor())
                .withClasspath(List.of(jar, runtimeClasses()))
                .compile(Snippets.FIXTURE, Snippets.snippet(USE_AFTER_RELEASE));

        assertThat(Snippets.otherErrorsAndWarnings(compilation)).isEmpty();
        assertThat(findings(compilation)).containsExactly(EXPECTED);
    }

    @Test
    void checksCodeInACompileWithPooledClasses() {
        JavaFileObject order = JavaFileObjects.forSourceLines("shop.Order",
                "package shop;",
                "import dev.poolforge.Pooled;",
                "import dev.poolforge.Reset;",
                "@Pooled",
                "public class Order {",
                "    @Reset long id;",
                "}");
        JavaFileObject orderPool = JavaFileObjects.forSourceLines("shop.OrderPool",
                "package shop;",
                "import dev.poolforge.Pool;",
                "import dev.poolforge.PoolConfig;",
                "public final class OrderPool extends Pool<Order> {",
                "    public OrderPool() { super(PoolConfig.defaults()); }",
                "    @Override protected Order create() { return new Order(); }",
                "    @Override protected boolean reset(Order order) { order.id = 0; return true; }",
                "}");
        JavaFileObject service = JavaFileObjects.forSourceLines("shop.Checkout",
                "package shop;",
                "class Checkout {",
                "    private final OrderPool orderPool = new OrderPool();",
                "    long pay() {",
                "        Order order = orderPool.acquire();",
                "        orderPool.release(order);",
                "        return order.id;",
                "    }",
                "}");

        Compilation compilation = javac().withProcessors(new UsageCheckProcessor()).compile(order, orderPool, service);

        assertThat(findings(compilation)).containsExactly("7 ERROR [poolforge:UseAfterRelease] 'order' is used after"
                + " it was released to orderPool on line 6; move this use before orderPool.release(order),"
                + " or acquire a new object");
    }

    @Test
    void checksBehindAWrappedEnvironmentAsGradleGivesIt() {
        Compilation compilation = Snippets.compile(javac().withProcessors(ForwardedProcessors.behindForwardingEnvironment(new UsageCheckProcessor())), USE_AFTER_RELEASE);

        assertThat(findings(compilation)).containsExactly(EXPECTED);
    }

    @Test
    void warnsOnceAndStaysOffUnderAnotherCompiler() {
        List<String> printed = new ArrayList<>();
        Messager messager = (Messager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Messager.class}, (proxy, method, args) -> printed.add(args[0] + " " + args[1]));
        ProcessingEnvironment foreign = (ProcessingEnvironment) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class}, (proxy, method, args) -> messager);

        new UsageCheckProcessor().init(foreign);

        assertThat(printed).singleElement().asString()
                .startsWith("WARNING [poolforge:ChecksOff] the checks on analysed code (use-after-release, and the"
                        + " reset checks of @Pooled classes) are off: the compiler's"
                        + " processing environment (")
                .endsWith(") is not javac's; they run when javac itself compiles the code, as in Maven, Gradle"
                        + " or the command line");
    }

    @Test
    void aFailureInOneMethodBecomesOneWarningAndCheckingGoesOn() {
        UsageCheckProcessor failing = new UsageCheckProcessor((body, kind, reporter) -> {
            throw new IllegalStateException("boom");
        });

        Compilation compilation = Snippets.compile(javac().withProcessors(failing), "void first() {\n}\nvoid second() {\n}\n");

        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(findings(compilation)).contains(failure(1, "Snippet.first()"), failure(3, "Snippet.second()"));
    }

    private static String failure(long line, String method) {
        return line + " WARNING [poolforge:CheckerFailure] the use-after-release check failed on " + method
                + " and skipped it (java.lang.IllegalStateException: boom); the rest of the code is still checked;"
                + " please report this to poolforge";
    }

    @Test
    void leavesCodeWithCompileErrorsToJavac() {
        Compilation compilation = Snippets.compile("""
                void run() {
                    Item item = pool.acquire();
                    pool.release(item);
                    item.missing();
                    Unknown other = pool.acquire();
                    pool.release(other);
                }
                """);

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(Snippets.otherErrorsAndWarnings(compilation)).isNotEmpty();
        assertThat(findings(compilation)).noneMatch(finding -> finding.contains("CheckerFailure"));
    }

    private static File runtimeClasses() throws URISyntaxException {
        return new File(Pool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static File jarOfClasses(Compilation compilation, Path jar) throws IOException {
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    String path = file.toUri().getPath();
                    String marker = StandardLocation.CLASS_OUTPUT.getName() + "/";
                    out.putNextEntry(new JarEntry(path.substring(path.indexOf(marker) + marker.length())));
                    try (InputStream in = file.openInputStream()) {
                        in.transferTo((OutputStream) out);
                    }
                    out.closeEntry();
                }
            }
        }
        return jar.toFile();
    }
}
