package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsConfigTest {
    static final Path SHIPPED = Paths.get("bot-config/reports.yaml");

    @TempDir
    Path dir;

    @Test
    void the_shipped_file_defines_no_schedules() throws IOException {
        assertThat(SHIPPED).exists();
        assertThat(ReportsConfig.load(SHIPPED)).isEmpty();
    }

    @Test
    void the_commented_example_in_the_shipped_file_parses_to_two_schedules() throws IOException {
        List<String> example = new ArrayList<>();
        boolean started = false;
        for (String line : Files.readAllLines(SHIPPED)) {
            if (line.startsWith("# schedules:")) {
                started = true;
            }
            if (started && line.startsWith("#")) {
                example.add(line.substring(Math.min(2, line.length())));
            }
        }
        Path file = write(String.join("\n", example));
        List<ScheduleSpec> specs = ReportsConfig.load(file);
        assertThat(specs)
                .containsExactly(
                        new ScheduleSpec(
                                "weekly-segments",
                                ReportKind.SEGMENTS,
                                "0 9 * * MON",
                                ZoneId.of("Europe/Berlin"),
                                new Destination("slack", "#growth"),
                                true,
                                "shop"),
                        new ScheduleSpec(
                                "monthly-movement",
                                ReportKind.MOVEMENT,
                                "0 8 1 * *",
                                ZoneId.of("UTC"),
                                new Destination("console", "monthly"),
                                false,
                                null));
    }

    @Test
    void a_missing_file_means_no_schedules() throws IOException {
        assertThat(ReportsConfig.load(dir.resolve("absent.yaml"))).isEmpty();
    }

    @Test
    void mistakes_are_refused_with_the_entry_and_the_fix() throws IOException {
        String good = "  - name: w\n    kind: churn\n    cron: \"0 9 * * MON\"\n    zone: UTC\n"
                + "    destination: {platform: console, channel: x}\n";
        assertThat(ReportsConfig.load(write("schedules:\n" + good))).hasSize(1);
        assertThatThrownBy(() -> ReportsConfig.load(write("schedules:\n" + good + "    every: week\n")))
                .hasMessageContaining("schedule 1 ('w'): unknown key 'every'");
        assertThatThrownBy(() -> ReportsConfig.load(write("schedules:\n" + good.replace("UTC", "Mars/Olympus"))))
                .hasMessageContaining("unknown time zone 'Mars/Olympus'");
        assertThatThrownBy(
                        () -> ReportsConfig.load(write("schedules:\n" + good.replace("0 9 * * MON", "every monday"))))
                .hasMessageContaining("invalid cron expression 'every monday'");
        assertThatThrownBy(() -> ReportsConfig.load(write("schedules:\n" + good.replace("console", "teams"))))
                .hasMessageContaining("unknown platform 'teams'");
        assertThatThrownBy(() -> ReportsConfig.load(write("schedules:\n" + good.replace("churn", "weekly"))))
                .hasMessageContaining("unknown report kind 'weekly'");
        assertThatThrownBy(() -> ReportsConfig.load(write("schedules:\n" + good + good)))
                .hasMessageContaining("schedule 2 ('w'): the name is used twice");
        assertThatThrownBy(() -> ReportsConfig.load(write("schedules:\n" + good.replace("    kind: churn\n", ""))))
                .hasMessageContaining("'kind' is required");
    }

    Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "reports", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
