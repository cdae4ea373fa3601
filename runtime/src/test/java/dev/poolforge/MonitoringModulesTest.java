package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.probe.MonitoringProbe;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime only {@code requires static} {@code java.management} and {@code jdk.jfr}: pools work
 * in a JVM without them, and, as a named module, use them when they are there.
 */
class MonitoringModulesTest {

    @Test
    void poolsWorkUnmonitoredInAJvmWithoutTheMonitoringModules() throws Exception {
        String output = runProbe(List.of("--limit-modules", "java.base",
                "-cp", locationOf(Pool.class) + java.io.File.pathSeparator + locationOf(MonitoringProbe.class)),
                "unmonitored");
        assertThat(output).isEqualTo("ok");
    }

    @Test
    void aNamedRuntimeModuleRegistersItsMXBeanAndRecordsEvents() throws Exception {
        String output = runProbe(List.of(
                "--module-path", locationOf(Pool.class),
                "--add-modules", "dev.poolforge,java.management,jdk.jfr",
                "-cp", locationOf(MonitoringProbe.class)),
                "monitored");
        assertThat(output).isEqualTo("ok");
    }

    private static String runProbe(List<String> jvmOptions, String mode) throws IOException, InterruptedException {
        ChildJvm.Result result = ChildJvm.run(jvmOptions, MonitoringProbe.class.getName(), mode);
        assertThat(result.exitCode).as(result.output).isZero();
        return result.output;
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
