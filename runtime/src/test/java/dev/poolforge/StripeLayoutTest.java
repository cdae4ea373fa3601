package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stripe's three groups of fields stay a cache line apart in the object layouts of a 12-byte
 * header, which the groups are sized for: with compressed references (the default below 32 GiB of
 * heap) and without. Not yet with a header of 8 or 16 bytes (JDK 24's compact object headers, or
 * no compressed class pointers): there the shared group's {@code int} finds no gap in the header,
 * and the 4-byte hole it leaves draws a flag in (see benchmarks/README.md).
 */
class StripeLayoutTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-XX:+UseCompressedOops", "-XX:-UseCompressedOops"})
    void fieldsOfDifferentGroupsAreACacheLineApart(String layoutOption) throws Exception {
        ChildJvm.Result child = ChildJvm.run(List.of(layoutOption, "-cp",
                System.getProperty("java.class.path")), StripeLayoutProbe.class.getName());

        assertThat(child.exitCode).as(child.output).isZero();
        assertThat(child.output).as("fields of two groups within 64 bytes").contains("checked")
                .doesNotContain("too close");
    }
}
