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

    @Test
    void bench_chat_without_its_labelled_questions_names_the_missing_file_and_the_option() {
        Path empty = dir.resolve("no-questions");
        Cli.Run run = Cli.run(dir.resolve("db/segbot"), "bench", "chat", "--questions", empty.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains(empty.resolve("plan-labelled.tsv") + " is not there")
                .contains("give --questions the folder that holds plan-labelled.tsv and intent-eval.tsv");
    }
}
