package io.segbot.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.SegbotException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher side of the Spark engine: commands and messages, built without any Spark class. */
class SparkLaunchTest {
    @TempDir
    Path folder;

    private static final List<String> JOB =
            SparkLaunch.jobArguments("hdfs://nn/orders", "segbot-data/segbot", null, null, "auto", 42, 365);

    private Path builtHome() throws IOException {
        Path home = Files.createDirectories(folder.resolve("segbot-spark/target"));
        Files.writeString(home.resolve("segbot-spark.jar"), "job");
        Files.createDirectories(home.resolve("lib"));
        return home;
    }

    @Test
    void the_job_arguments_carry_the_input_store_and_analysis_options_and_leave_out_unset_ones() {
        assertThat(JOB)
                .containsExactly(
                        "--input",
                        "hdfs://nn/orders",
                        "--db",
                        "segbot-data/segbot",
                        "--k",
                        "auto",
                        "--seed",
                        "42",
                        "--horizon-days",
                        "365");
        assertThat(SparkLaunch.jobArguments("o.csv", "db", "orders", "2025-01-01", "4", 1, 90))
                .containsSequence("--dataset", "orders", "--as-of", "2025-01-01");
    }

    @Test
    void a_local_run_is_a_child_jvm_with_spark_first_on_the_classpath_and_the_java_17_opens() throws IOException {
        Path home = builtHome();
        List<String> command =
                SparkLaunch.localCommand(Path.of("/usr/bin/java"), home, Path.of("/opt/segbot.jar"), null, JOB);
        assertThat(command.get(0)).isEqualTo("/usr/bin/java");
        assertThat(command).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
        String classpath = command.get(command.indexOf("-cp") + 1);
        assertThat(classpath.split(File.pathSeparator))
                .containsExactly(
                        home.resolve("lib/*").toString(),
                        home.resolve("segbot-spark.jar").toString(),
                        "/opt/segbot.jar");
        assertThat(command.subList(command.indexOf(SparkLaunch.MAIN_CLASS), command.size()))
                .startsWith(SparkLaunch.MAIN_CLASS, "--master", "local[*]", "--input", "hdfs://nn/orders");
    }

    @Test
    void a_cluster_run_is_a_client_mode_spark_submit_of_the_job_jar_with_segbot_jar_beside_it() throws IOException {
        Path home = builtHome();
        List<String> command = SparkLaunch.submitCommand("spark://master:7077", home, Path.of("/opt/segbot.jar"), JOB);
        assertThat(command.subList(0, 10))
                .containsExactly(
                        "spark-submit",
                        "--master",
                        "spark://master:7077",
                        "--deploy-mode",
                        "client",
                        "--class",
                        "io.segbot.spark.SparkAnalyze",
                        "--jars",
                        "/opt/segbot.jar",
                        home.resolve("segbot-spark.jar").toString());
        assertThat(command.subList(10, command.size())).isEqualTo(JOB);
    }

    @Test
    void masters_other_than_local_spark_k8s_and_yarn_are_refused_naming_the_accepted_forms() {
        for (String master : new String[] {"local[2]", "local[*]", "spark://h:7077", "k8s://https://h:6443", "yarn"}) {
            assertThat(SparkLaunch.checkMaster(master)).isEqualTo(master);
        }
        assertThatThrownBy(() -> SparkLaunch.checkMaster("mesos://h:5050"))
                .hasMessage("--master must be local[*], local[N], spark://HOST:PORT, k8s://https://HOST:PORT or yarn,"
                        + " got 'mesos://h:5050'");
        assertThat(SparkLaunch.isLocal(null)).isTrue();
        assertThat(SparkLaunch.isLocal("yarn")).isFalse();
    }

    @Test
    void a_missing_build_is_one_line_naming_the_folder_the_variable_and_the_build_command() {
        assertThatThrownBy(() -> SparkLaunch.home(null, Map.of(), folder, true))
                .isInstanceOf(SegbotException.class)
                .hasMessage("the Spark engine is not built: no segbot-spark.jar in "
                        + folder.resolve("segbot-spark/target")
                        + " (set SEGBOT_SPARK_HOME to the built segbot-spark/target); build it with: mvn -B -q install"
                        + " -DskipTests && (cd segbot-spark && mvn -B -q package -DskipTests)");
        assertThatThrownBy(() -> SparkLaunch.home(null, Map.of("SEGBOT_SPARK_HOME", "/nowhere"), folder, true))
                .hasMessageStartingWith(
                        "the Spark engine is not built: no segbot-spark.jar in SEGBOT_SPARK_HOME=/nowhere;");
    }

    @Test
    void a_local_run_needs_the_spark_jars_but_a_cluster_run_only_the_job_jar() throws IOException {
        Path home = builtHome();
        Files.delete(home.resolve("lib"));
        assertThat(SparkLaunch.home(home.toString(), Map.of(), folder, false)).isEqualTo(home);
        assertThatThrownBy(() -> SparkLaunch.home(home.toString(), Map.of(), folder, true))
                .hasMessageStartingWith("the Spark engine's jars are missing: no lib/ folder in --spark-home " + home);
    }

    @Test
    void the_printed_command_reads_back_the_same_in_a_shell_and_the_stored_run_is_found_in_the_job_output() {
        assertThat(SparkLaunch.shellLine(List.of("spark-submit", "--input", "/data/my orders.csv", "it's")))
                .isEqualTo("spark-submit --input '/data/my orders.csv' 'it'\\''s'");
        assertThat(SparkLaunch.storedRun("run 12 stored: dataset orders, 1,000 customers"))
                .contains(12L);
        assertThat(SparkLaunch.storedRun("step 3/8 RFM edges")).isEmpty();
    }
}
