package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The padded classes' groups of fields (a stripe's three, a lane's one, a lane seat's one) stay a cache line apart,
 * and a cache line from either end of their object, in every object layout users run:
 * with compressed references (the default below 32 GiB of heap) and without, and with each size
 * of object header: 12 bytes by default, 16 without compressed class pointers, 8 with compact
 * object headers (JDK 24 on; a JDK that lacks the option ignores it and checks the default). A
 * header without a 4-byte gap once moved both flags beside another group, and a 4-byte gap after
 * the header once took a lane's object right to the edge of its lane (benchmarks/README.md).
 */
class PaddingLayoutTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-XX:+UseCompressedOops", "-XX:-UseCompressedOops",
        "-XX:-UseCompressedClassPointers", "-XX:+UseCompactObjectHeaders"})
    void paddedFieldsAreACacheLineFromOtherGroupsAndFromTheEnds(String layoutOption) throws Exception {
        ChildJvm.Result child = ChildJvm.run(List.of("-XX:+IgnoreUnrecognizedVMOptions",
                "-XX:+UnlockExperimentalVMOptions", layoutOption, "-cp",
                System.getProperty("java.class.path")), PaddingLayoutProbe.class.getName());

        assertThat(child.exitCode).as(child.output).isZero();
        assertThat(child.output).as("fields within 64 bytes of another group or of an end").contains("checked")
                .doesNotContain("too close");
    }
}
