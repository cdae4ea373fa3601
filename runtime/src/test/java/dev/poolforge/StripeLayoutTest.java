package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stripe's three groups of fields stay a cache line apart in every object layout users run:
 * with compressed references (the default below 32 GiB of heap) and without, and with each size
 * of object header: 12 bytes by default, 16 without compressed class pointers, 8 with compact
 * object headers (JDK 24 on; a JDK that lacks the option ignores it and checks the default). A
 * header without a 4-byte gap once moved both flags beside another group (benchmarks/README.md).
 */
class StripeLayoutTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-XX:+UseCompressedOops", "-XX:-UseCompressedOops",
        "-XX:-UseCompressedClassPointers", "-XX:+UseCompactObjectHeaders"})
    void fieldsOfDifferentGroupsAreACacheLineApart(String layoutOption) throws Exception {
        ChildJvm.Result child = ChildJvm.run(List.of("-XX:+IgnoreUnrecognizedVMOptions",
                "-XX:+UnlockExperimentalVMOptions", layoutOption, "-cp",
                System.getProperty("java.class.path")), StripeLayoutProbe.class.getName());

        assertThat(child.exitCode).as(child.output).isZero();
        assertThat(child.output).as("fields of two groups within 64 bytes").contains("checked")
                .doesNotContain("too close");
    }
}
