package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.store.Database;
import io.segbot.store.ScheduleRepository;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: a system cron must see a failed firing, so {@code schedule run-due} exits 1 after one. */
class ScheduleRunDueTest {
    @TempDir
    Path dir;

    @Test
    void run_due_exits_1_with_one_error_line_when_a_firing_failed() {
        Path db = dir.resolve("db/segbot");
        try (Database database = Database.open(db)) {
            // Due since 2024 (Mondays 09:00 UTC); it fails because the database holds no analysis run.
            new ScheduleRepository(database)
                    .upsert(ScheduleRepository.Row.defined(
                            "monday-segments",
                            "segments",
                            "0 9 * * MON",
                            "UTC",
                            "console",
                            "weekly",
                            false,
                            Instant.parse("2024-01-01T00:00:00Z"),
                            null));
        }
        Cli.Run run = Cli.run(db, "schedule", "run-due");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("monday-segments: failed: ");
        assertThat(run.errLines()).containsExactly("error: 1 of 1 due schedules failed (see the lines above)");
    }

    @Test
    void run_due_with_nothing_due_exits_0() {
        Cli.Run run = Cli.run(dir.resolve("db/segbot"), "schedule", "run-due");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("nothing due");
    }
}
