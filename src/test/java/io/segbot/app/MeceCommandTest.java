package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MeceCommandTest {
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        AppContext.close();
    }

    @Test
    void generate_twice_with_the_same_seed_and_as_of_writes_identical_bytes() throws Exception {
        Path first = dir.resolve("a.csv");
        Path second = dir.resolve("b.csv");

        assertThat(run(
                        "mece",
                        "generate",
                        "--users",
                        "500",
                        "--seed",
                        "42",
                        "--as-of",
                        "2025-06-30",
                        "--out",
                        first.toString()))
                .isZero();
        assertThat(run(
                        "mece",
                        "generate",
                        "--users",
                        "500",
                        "--seed",
                        "42",
                        "--as-of",
                        "2025-06-30",
                        "--out",
                        second.toString()))
                .isZero();

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllLines(first)).hasSize(501);
    }

    @Test
    void run_on_a_file_prints_json_and_writes_both_csvs() throws Exception {
        Path csv = dir.resolve("cart.csv");
        run("mece", "generate", "--users", "2000", "--seed", "42", "--as-of", "2025-06-30", "--out", csv.toString());
        Path out = dir.resolve("out");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code =
                run(printed, "mece", "run", csv.toString(), "--as-of", "2025-06-30", "--out", out.toString(), "--json");

        assertThat(code).isZero();
        JsonNode json = Json.MAPPER.readTree(printed.toString(StandardCharsets.UTF_8));
        assertThat(json.get("status").asText()).isEqualTo("ok");
        assertThat(json.get("proof").get("passed").asBoolean()).isTrue();
        int universe = json.get("universe").get("universe").asInt();
        assertThat(json.get("proof").get("sum_of_segment_sizes").asInt()).isEqualTo(universe);
        assertThat(Files.readAllLines(out.resolve("mock_cart_abandoners.csv")).get(0))
                .endsWith(",aov_tier,engagement_tier,profitability_tier,bucket_combo,final_segment");
        assertThat(Files.readAllLines(out.resolve("mock_cart_abandoners.csv"))).hasSize(universe + 1);
        assertThat(Files.readAllLines(out.resolve("mece_strategy.csv")).get(0))
                .isEqualTo("segment,rule,size,conversion_potential,lift_vs_control,lift_method,size_share,"
                        + "profitability,strategic_fit,overall_score,valid");
    }

    @Test
    void a_run_whose_proof_fails_exits_with_two() throws Exception {
        Path csv = dir.resolve("cart.csv");
        run("mece", "generate", "--users", "1000", "--seed", "1", "--as-of", "2025-06-30", "--out", csv.toString());
        Path config = dir.resolve("gap.yaml");
        Files.writeString(
                config,
                """
                dimensions:
                  - name: Engagement
                    source: engagement_score
                    tiers:
                      - {name: High, from: {quantile: 0.60}}
                      - {name: Low, to: {quantile: 0.30}}
                """);

        int code = run(
                "mece",
                "run",
                csv.toString(),
                "--as-of",
                "2025-06-30",
                "--mece-config",
                config.toString(),
                "--out",
                dir.resolve("out").toString());

        assertThat(code).isEqualTo(MeceCommand.PROOF_FAILED);
    }

    private int run(String... args) {
        return run(new ByteArrayOutputStream(), args);
    }

    private int run(ByteArrayOutputStream printed, String... args) {
        CommandLine cli = Main.commandLine();
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = dir.resolve("db").toString();
        System.arraycopy(args, 0, withDb, 2, args.length);
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            return cli.execute(withDb);
        } finally {
            System.setOut(original);
        }
    }
}
