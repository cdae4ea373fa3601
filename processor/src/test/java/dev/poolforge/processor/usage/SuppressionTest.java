package dev.poolforge.processor.usage;

import static dev.poolforge.processor.usage.Snippets.compile;
import static dev.poolforge.processor.usage.Snippets.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finding goes through the one suppression rule: {@code @SuppressWarnings("poolforge:Id")}
 * on the variable, the parameter, the method or the class silences that finding, errors included; the blanket
 * {@code "poolforge"} silences the warning only. Each template is first shown to be flagged
 * without an annotation.
 */
class SuppressionTest {

    /** Templates: {@code METHOD} and {@code VAR} mark where the annotation goes. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("UseAfterRelease", true, "METHOD void run() { VAR Item item = pool.acquire();"
                        + " pool.release(item); item.touch(); }"),
                Arguments.of("DoubleRelease", true, "METHOD void run() { VAR Item item = pool.acquire();"
                        + " pool.release(item); pool.release(item); }"),
                Arguments.of("ReleaseAfterEscape", true, "METHOD void run() { VAR Item item = pool.acquire();"
                        + " last = item; pool.release(item); }"),
                Arguments.of("NeverReleased", false, "METHOD void run() { VAR Item item = pool.acquire(); item.touch(); }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void flaggedWithoutTheAnnotation(String id, boolean error, String template) {
        assertThat(findings(compile(fill(template, "", ""))))
                .singleElement().asString().contains((error ? "ERROR" : "WARNING") + " [poolforge:" + id + "]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void silencedByIdOnTheMethod(String id, boolean error, String template) {
        assertThat(findings(compile(fill(template, byId(id), "")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void silencedByIdOnTheVariable(String id, boolean error, String template) {
        assertThat(findings(compile(fill(template, "", byId(id))))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void silencedByIdOnTheClass(String id, boolean error, String template) {
        String body = byId(id) + "static class Inner extends Fixture { " + fill(template, "", "") + " }";
        assertThat(findings(compile(body))).isEmpty();
    }

    @Test
    void silencedByIdOnAParameter() {
        String template = "void run(VAR Item item) { pool.release(item); item.touch(); }";
        assertThat(findings(compile(fill(template, "", "")))).singleElement().asString()
                .contains("ERROR [poolforge:UseAfterRelease]");
        assertThat(findings(compile(fill(template, "", byId("UseAfterRelease"))))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void silencedByIdAmongOtherKeys(String id, boolean error, String template) {
        String body = fill(template, "@SuppressWarnings({\"unused\", \"poolforge:" + id + "\"}) ", "");
        assertThat(findings(compile(body))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void notSilencedByAnotherId(String id, boolean error, String template) {
        String other = id.equals("DoubleRelease") ? "UseAfterRelease" : "DoubleRelease";
        assertThat(findings(compile(fill(template, byId(other), byId(other)))))
                .singleElement().asString().contains("[poolforge:" + id + "]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theBlanketKeySilencesTheWarningOnly(String id, boolean error, String template) {
        String blanket = "@SuppressWarnings(\"poolforge\") ";
        assertThat(findings(compile(fill(template, blanket, blanket)))).hasSize(error ? 1 : 0);
    }

    private static String byId(String id) {
        return "@SuppressWarnings(\"poolforge:" + id + "\") ";
    }

    private static String fill(String template, String onMethod, String onVariable) {
        return template.replace("METHOD ", onMethod).replace("VAR ", onVariable);
    }
}
