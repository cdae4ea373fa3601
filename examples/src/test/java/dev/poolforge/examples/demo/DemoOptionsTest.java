package dev.poolforge.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoOptionsTest {
    @Test
    void defaultsFinishWellUnderHalfAMinute() throws Exception {
        DemoOptions options = DemoOptions.parse();

        assertThat(options.seconds()).isEqualTo(DemoOptions.DEFAULT_SECONDS);
        assertThat(2 * (Demo.WARM_UP_SECONDS + options.seconds())).isLessThan(30);
        assertThat(options.threads()).isGreaterThanOrEqualTo(2);
        assertThat(options.help()).isFalse();
    }

    @Test
    void readsSecondsAndThreads() throws Exception {
        DemoOptions options = DemoOptions.parse("--threads", "3", "--seconds", "7");

        assertThat(options).isEqualTo(new DemoOptions(7, 3, false));
    }

    @Test
    void helpWinsOverEverythingAfterIt() throws Exception {
        assertThat(DemoOptions.parse("--help", "--seconds", "nonsense").help()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--seconds abc | --seconds must be a whole number from 1 to 600, was 'abc'",
        "--seconds 0   | --seconds must be a whole number from 1 to 600, was '0'",
        "--seconds 601 | --seconds must be a whole number from 1 to 600, was '601'",
        "--threads -4  | --threads must be a whole number from 1 to 256, was '-4'",
        "--threads 1.5 | --threads must be a whole number from 1 to 256, was '1.5'",
        "--threads     | --threads needs a value",
        "--fast        | unknown argument '--fast'",
    })
    void rejectsABadArgumentNamingItAndItsValue(String commandLine, String message) {
        assertThatThrownBy(() -> DemoOptions.parse(commandLine.split(" ")))
                .isInstanceOf(DemoOptions.BadArgumentException.class)
                .hasMessage(message);
    }
}
