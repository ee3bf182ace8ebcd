package io.segbot.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandParserTest {
    /** The rows of bot/commands.tsv: a command line and what it parses to. */
    static Stream<Arguments> lines() throws IOException {
        try (InputStream in = CommandParserTest.class.getResourceAsStream("/bot/commands.tsv")) {
            List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .toList();
            return rows.stream().map(row -> {
                int tab = row.indexOf('\t');
                return Arguments.of(row.substring(0, tab), row.substring(tab + 1));
            });
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("lines")
    void each_command_line_parses_to_its_command_or_its_usage(String line, String expected) {
        Parsed parsed = CommandParser.parse(line);
        String actual = parsed instanceof Parsed.Ok ok
                ? ok.command().toString()
                : "malformed: " + ((Parsed.Malformed) parsed).problem();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void a_malformed_known_command_carries_its_usage_line() {
        Parsed.Malformed malformed = (Parsed.Malformed) CommandParser.parse("run --k x");
        assertThat(malformed.command()).isEqualTo("run");
        assertThat(malformed.usage()).isEqualTo("run [DATASET] [--as-of YYYY-MM-DD] [--k N|auto]");
    }

    @Test
    void an_unknown_command_has_no_usage_line_to_guess_from() {
        Parsed.Malformed malformed = (Parsed.Malformed) CommandParser.parse("runn");
        assertThat(malformed.usage()).isNull();
    }

    @Test
    void every_command_has_a_usage_line_and_the_file_covers_every_command() throws IOException {
        List<String> covered = lines().map(
                        a -> a.get()[0].toString().split(" ", 2)[0].toLowerCase())
                .toList();
        assertThat(covered).containsAll(Usage.all().keySet());
    }
}
