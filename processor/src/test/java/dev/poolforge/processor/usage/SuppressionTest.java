package dev.poolforge.processor.usage;

import static dev.poolforge.processor.usage.Snippets.compile;
import static dev.poolforge.processor.usage.Snippets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @SuppressWarnings("poolforge")} silences every kind of finding, on the method, on the
 * variable and on the class. Each template is first shown to be flagged without it.
 */
class SuppressionTest {
    private static final String SUPPRESS = "@SuppressWarnings(\"poolforge\") ";

    /** Templates: {@code METHOD} and {@code VAR} mark where the annotation goes. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("UseAfterRelease", "METHOD void run() { VAR Item item = pool.acquire();"
                        + " pool.release(item); item.touch(); }"),
                Arguments.of("DoubleRelease", "METHOD void run() { VAR Item item = pool.acquire();"
                        + " pool.release(item); pool.release(item); }"),
                Arguments.of("ReleaseAfterEscape", "METHOD void run() { VAR Item item = pool.acquire();"
                        + " last = item; pool.release(item); }"),
                Arguments.of("NeverReleased", "METHOD void run() { VAR Item item = pool.acquire(); item.touch(); }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void flaggedWithoutTheAnnotation(String id, String template) {
        assertThat(findings(compile(fill(template, "", ""))))
                .singleElement().asString().contains("[poolforge:" + id + "]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void silencedOnTheMethod(String id, String template) {
        assertThat(findings(compile(fill(template, SUPPRESS, "")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void silencedOnTheVariable(String id, String template) {
        assertThat(findings(compile(fill(template, "", SUPPRESS)))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void silencedOnTheClass(String id, String template) {
        String body = SUPPRESS + "static class Inner extends Fixture { " + fill(template, "", "") + " }";
        assertThat(findings(compile(body))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void silencedAmongOtherKeys(String id, String template) {
        String body = fill(template, "@SuppressWarnings({\"unused\", \"poolforge\"}) ", "");
        assertThat(findings(compile(body))).isEmpty();
    }

    private static String fill(String template, String onMethod, String onVariable) {
        return template.replace("METHOD ", onMethod).replace("VAR ", onVariable);
    }
}
