package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchStoreCommandTest {
    @TempDir
    Path dir;

    @Test
    void bench_store_on_an_h2_file_says_it_needs_a_postgresql_url() {
        Cli.Run run = Cli.run(dir.resolve("db/segbot"), "bench", "store", "--customers", "10");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("bench store compares H2 with PostgreSQL: give --db jdbc:postgresql://");
    }
}
