package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code segbot analyze --engine spark} on the command line, without Spark: what it asks for. */
class SparkEngineCommandTest {
    @Test
    void analyze_with_the_spark_engine_and_no_input_says_what_to_pass(@TempDir Path db) {
        Cli.Run run = Cli.run(db.resolve("segbot"), "analyze", "--engine", "spark");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("--engine spark needs --input PATH_OR_URI");
        Cli.Run unbuilt = Cli.run(
                db.resolve("segbot"), "analyze", "--engine", "spark", "--input", "o.csv", "--spark-home", "/nowhere");
        assertThat(unbuilt.code()).isEqualTo(1);
        assertThat(unbuilt.err())
                .contains("the Spark engine is not built: no segbot-spark.jar in --spark-home /nowhere");
        Cli.Run inProcess = Cli.run(db.resolve("segbot"), "analyze", "--input", "o.csv");
        assertThat(inProcess.err()).contains("--input and --master need --engine spark");
    }
}
