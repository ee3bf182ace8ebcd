package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench chat} lives in {@code bench} and reaches the store and the core through the app's host. */
class BenchChatCommandTest {
    @TempDir
    Path dir;

    @Test
    void bench_chat_on_an_empty_database_names_that_database_and_says_to_analyze_first() {
        Path db = dir.resolve("db/segbot");
        Cli.Run run = Cli.run(db, "bench", "chat", "--existing", "--rounds", "1", "--work-dir", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("there is no analysis run in " + db).contains("run segbot analyze first");
    }
}
