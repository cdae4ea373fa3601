package dev.poolforge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Figures a benchmark reports besides its time (objects retained, hit rate, creates per second):
 * printed with the fork's output, and appended as {@code benchmark<TAB>contender<TAB>name<TAB>value}
 * lines to the file named by the environment variable {@code POOLFORGE_BENCH_METRICS}, which
 * {@code run.sh} sets and its report reads.
 */
final class Metrics {
    static final String FILE_VARIABLE = "POOLFORGE_BENCH_METRICS";

    private Metrics() {
    }

    static synchronized void record(String benchmark, String contender, String name, String value) {
        System.out.println("[metric] " + benchmark + " " + contender + " " + name + " = " + value);
        String file = System.getenv(FILE_VARIABLE);
        if (file == null || file.isEmpty()) {
            return;
        }
        String line = benchmark + '\t' + contender + '\t' + name + '\t' + value + System.lineSeparator();
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not append to " + file + ": " + e);
        }
    }
}
