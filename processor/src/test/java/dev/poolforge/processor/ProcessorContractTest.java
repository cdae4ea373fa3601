package dev.poolforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.poolforge.processor.usage.ForwardedProcessors;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the processor behaves towards the compiler, build tools and other processors. */
class ProcessorContractTest {
    private static final String IMPORTS = "package test;\nimport dev.poolforge.*;\nimport java.util.*;\n";

    @Test
    void supportsTheLatestSourceVersion() {
        assertThat(new PoolProcessor().getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
    }

    @Test
    void isRegisteredForServiceLoadingAndAsAnIsolatingGradleProcessor() throws IOException {
        String usageCheck = dev.poolforge.processor.usage.UsageCheckProcessor.class.getName();
        assertThat(resource("META-INF/services/javax.annotation.processing.Processor"))
                .isEqualTo(PoolProcessor.class.getName() + "\n" + usageCheck + "\n");
        assertThat(resource("META-INF/gradle/incremental.annotation.processors"))
                .isEqualTo(PoolProcessor.class.getName() + ",isolating\n" + usageCheck + ",isolating\n");
    }

    @Test
    void marksPoolsWithJavaxGeneratedWhereTheCodeCanSeeIt() {
        Compilation compilation =
                Compile.strictly(Compile.source("test.Item", IMPORTS + "@Pooled class Item { @Reset int x; }"));
        assertThat(Compile.generatedSource(compilation, "test.ItemPool"))
                .contains("@Generated(\"dev.poolforge.processor.PoolProcessor\")\n@dev.poolforge.Generated\n");
    }

    /** A named module reads {@code java.compiler}, home of {@code javax.annotation.processing}, only if it requires it. */
    @Test
    void leavesJavaxGeneratedOutInAModuleThatDoesNotRequireJavaCompiler(@TempDir Path output) throws IOException {
        CompiledClasses.compileModule(output,
                Compile.source("module-info", "module app { requires dev.poolforge; }"),
                Compile.source("app.Item", "package app;\n@dev.poolforge.Pooled public class Item {"
                        + " @dev.poolforge.Reset int x; }"));
        String pool = Files.readString(output.resolve("app/ItemPool.java"));
        assertThat(pool).contains("@Generated\n").doesNotContain("javax.annotation.processing");
    }

    @Test
    void leavesTheAnnotationsUnclaimedForOtherProcessors() {
        List<String> seenByNext = new ArrayList<>();
        AbstractProcessor next = new PooledProcessor() {
            @Override
            public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                annotations.forEach(annotation -> seenByNext.add(annotation.getQualifiedName().toString()));
                return false;
            }
        };
        Compilation compilation = Compile.with(List.of(new PoolProcessor(), next),
                Compile.source("test.Item", IMPORTS + "@Pooled class Item { @Reset int x; }"));
        assertThat(compilation).succeeded();
        assertThat(seenByNext).contains(Annotations.POOLED);
    }

    @Test
    void waitsForTypesThatAnotherProcessorGeneratesLater() {
        AbstractProcessor generator = new PooledProcessor() {
            private boolean done;

            @Override
            public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                if (!done) {
                    done = true;
                    try (Writer writer = processingEnv.getFiler().createSourceFile("test.Later").openWriter()) {
                        writer.write("package test; public class Later {}");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return false;
            }
        };
        Compilation compilation = Compile.with(List.of(new PoolProcessor(), generator),
                Compile.source("test.Item", IMPORTS + "@Pooled class Item { @Reset Later later; }"));
        assertThat(compilation).succeeded();
        assertThat(Compile.generatedSource(compilation, "test.ItemPool")).contains("obj.later = template.later;");
    }

    @Test
    void anInternalFailureIsOneErrorOnTheClassNotACrash() {
        JavaFileObject item = Compile.source("test.Item", IMPORTS + "@Pooled class Item { @Reset int x; }");
        Compilation compilation = Compile.with(List.of(wrapped(env -> failing(env))), item);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[poolforge:InternalError] the poolforge processor failed on class"
                + " test.Item and generated no pool; please report this with the following stack trace:")
                .inFile(item).onLine(4);
        assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: broken type utilities");
    }

    /**
     * The processor, initialized with a proxy of the compiler's environment: javac's syntax trees
     * refuse a proxy, as they refuse other compilers' environments. {@code adjust} may change it further.
     */
    private static Processor wrapped(UnaryOperator<ProcessingEnvironment> adjust) {
        return ForwardedProcessors.behind(new PoolProcessor(),
                env -> adjust.apply(proxy(ProcessingEnvironment.class, env, (method, args) -> null)));
    }

    /** An environment whose type utilities throw, standing in for a bug in the processor. */
    private static ProcessingEnvironment failing(ProcessingEnvironment env) {
        Types broken = proxy(Types.class, env.getTypeUtils(), (method, args) -> {
            throw new IllegalStateException("broken type utilities");
        });
        return proxy(ProcessingEnvironment.class, env,
                (method, args) -> method.getName().equals("getTypeUtils") ? broken : null);
    }

    /** A proxy of {@code delegate} that answers with {@code override} where it returns non-null. */
    private static <T> T proxy(Class<T> type, T delegate, Answer override) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object answer = override.answer(method, args);
            if (answer != null) {
                return answer;
            }
            try {
                return method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private interface Answer {
        Object answer(java.lang.reflect.Method method, Object[] args);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PoolProcessor.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
