package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.poolforge.probe.MonitoringProbe;
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
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add(MonitoringProbe.class.getName());
        command.add(mode);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(finished).as("probe finished: %s", output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
