package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Runs a main class in a fresh JVM of the same Java, for tests of JVM-wide settings. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** What a child JVM printed (stdout and stderr together, stripped) and how it exited. */
    static final class Result {
        final int exitCode;
        final String output;

        Result(int exitCode, String output) {
            this.exitCode = exitCode;
            this.output = output;
        }
    }

    /** HotSpot's collectors, for {@code @MethodSource("dev.poolforge.ChildJvm#collectors")}. */
    static Stream<String> collectors() {
        return Stream.of("-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseSerialGC", "-XX:+UseZGC", "-XX:+UseShenandoahGC");
    }

    /**
     * Like {@link #run}, and checks that the child exited normally, but skips the calling test
     * when this JDK was built without a collector the options name: the only reason to skip
     * (every collector here is in OpenJDK 17 and 25 builds such as Debian's and Temurin's, so
     * the message says which build lacks it).
     */
    static Result runToExit(List<String> jvmOptions, String mainClass, String... args) throws IOException, InterruptedException {
        Result child = run(jvmOptions, mainClass, args);
        Assumptions.assumeFalse(child.output.contains("Unrecognized VM option") || child.output.contains("not supported"),
                () -> "this JDK (" + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version")
                        + ") lacks a collector of " + jvmOptions + ": " + child.output);
        assertThat(child.exitCode).as(child.output).isZero();
        return child;
    }

    /** Runs {@code mainClass} with {@code jvmOptions} and {@code args}, failing if it takes over a minute. */
    static Result run(List<String> jvmOptions, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(finished).as("child JVM finished: %s", output).isTrue();
        return new Result(process.exitValue(), output);
    }
}
