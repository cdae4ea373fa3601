package dev.poolforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated source of representative classes, compared with golden files in
 * {@code src/test/resources/golden}. After an intended change to the generated code, run the tests
 * with {@code -Dpoolforge.updateGolden=true} to rewrite the golden files, and review their diff.
 */
class GoldenFilesTest {
    private static final boolean UPDATE = Boolean.getBoolean("poolforge.updateGolden");

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
        "OrderItem, shop.OrderItem,     shop.OrderItemPool",
        "EveryKind, kinds.EveryKind,    kinds.EveryKindPool",
        "Box,       generic.Box,        generic.BoxPool",
        "Outer,     nest.Outer,         nest.Outer_ItemPool",
        "Outer,     nest.Outer,         nest.LinePool",
        "Shapes,    inherit.Shapes,     inherit.Shapes_ShapePool",
    })
    void generatedSourceMatchesGoldenFile(String input, String sourceName, String poolName) throws IOException {
        Compilation compilation = Compile.strictly(Compile.source(sourceName, resource(input + ".input")));
        assertThat(compilation).succeededWithoutWarnings();
        String generated = Compile.generatedSource(compilation, poolName);
        String golden = poolName.substring(poolName.lastIndexOf('.') + 1) + ".java";
        if (UPDATE) {
            Files.writeString(Path.of("src/test/resources/golden", golden), generated);
        }
        assertThat(generated).isEqualTo(resource(golden));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new AssertionError("missing golden file golden/" + name
                        + "; run with -Dpoolforge.updateGolden=true to write it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
