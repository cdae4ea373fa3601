package dev.poolforge.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aBadArgumentExitsWithCode2AndSaysWhatIsWrong() throws Exception {
        int exitCode = run("--threads", "many");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err()).contains("--threads must be a whole number from 1 to 256, was 'many'", "--help");
        assertThat(out()).isEmpty();
    }

    @Test
    void helpPrintsTheUsageAndExitsWith0() throws Exception {
        assertThat(run("--help")).isZero();
        assertThat(out()).startsWith("usage: java -jar poolforge-demo.jar").contains("--seconds N", "--threads N");
    }

    @Test
    void aOneSecondRunPrintsBothVariantsAndThePooledOneAllocatesLess() throws Exception {
        assertThat(run("--seconds", "1", "--threads", "2")).isZero();

        List<String> lines = out().lines().toList();
        int header = indexOfRowStartingWith(lines, "variant");
        assertThat(cells(lines.get(header))).containsExactly(ResultReport.VARIANT_COLUMNS);
        String[] pooled = cells(lines.get(header + 1));
        String[] allocating = cells(lines.get(header + 2));
        assertThat(pooled).hasSize(ResultReport.VARIANT_COLUMNS.length).startsWith("pooled");
        assertThat(allocating).hasSize(ResultReport.VARIANT_COLUMNS.length).startsWith("new");
        assertThat(number(pooled[1])).as("pooled operations").isPositive();
        assertThat(number(allocating[1])).as("new operations").isPositive();
        assertThat(number(pooled[3])).as("bytes/op pooled vs new").isLessThan(number(allocating[3]));
        assertThat(allocating[6]).as("the new variant has no pool hit rate").isEqualTo("-");

        int pools = indexOfRowStartingWith(lines, "pool ");
        assertThat(lines.subList(pools + 1, pools + 4)).extracting(line -> cells(line)[0])
                .containsExactly("orderItems", "jsonScratches", "logEvents");
        assertThat(lines).contains(
                "  dev.poolforge:type=Pool,name=orderItems",
                "  dev.poolforge:type=Pool,name=jsonScratches",
                "  dev.poolforge:type=Pool,name=logEvents");
        assertThat(err()).as("the progress line ends wiped").endsWith("\r");
    }

    private int run(String... args) throws InterruptedException {
        return Demo.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static int indexOfRowStartingWith(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with '" + start + "' in:\n" + String.join("\n", lines));
    }

    /** The cells of a table row: separated by two or more spaces, as column headers contain single ones. */
    private static String[] cells(String row) {
        return Arrays.stream(row.trim().split(" {2,}")).toArray(String[]::new);
    }

    private static long number(String cell) {
        return Long.parseLong(cell.replace(",", ""));
    }
}
