package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15's hostile data and careless operator cases, through the real command line. */
class HostileCommandsTest {
    @TempDir
    Path dir;

    Path db() {
        return dir.resolve("db/segbot");
    }

    void importHostileIds() throws IOException {
        Path csv = dir.resolve("hostile.csv");
        Files.writeString(
                csv,
                "customer_id,order_id,order_date,amount\n"
                        + "\"=HYPERLINK(\"\"http://evil\"\")\",o1,2024-01-05,10.00\n"
                        + "+cmd|calc!A0,o2,2024-01-06,20.00\n"
                        + "-2+3,o3,2024-01-07,30.00\n"
                        + "@SUM(A1:A9),o4,2024-01-08,40.00\n"
                        + "x\u001b[2Jclear,o5,2024-01-09,50.00\n");
        assertThat(Cli.run(db(), "import", "transactions", csv.toString()).code())
                .isZero();
        Cli.Run analysed = Cli.run(db(), "analyze", "--k", "1", "--seed", "1");
        assertThat(analysed.code()).as(analysed.err()).isZero();
    }

    @Test
    void formula_injection_customers_csv_neutralises_every_formula_id_and_keeps_numbers() throws IOException {
        importHostileIds();
        Path out = dir.resolve("exports/all.csv");
        Cli.Run run = Cli.run(db(), "customers", "--run", "1", "--segment", "0", "--csv", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String csv = Files.readString(out);
        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\",")
                .contains("\n'+cmd|calc!A0,")
                .contains("\n'-2+3,")
                .contains("\n'@SUM(A1:A9),")
                .doesNotContain("\n=")
                .doesNotContain("\n+")
                .doesNotContain("\n-")
                .doesNotContain("\n@");
        assertThat(run.out()).contains(out.toAbsolutePath().toString());
    }

    @Test
    void terminal_escape_customers_table_shows_the_escape_instead_of_clearing_the_screen() throws IOException {
        importHostileIds();
        Cli.Run run = Cli.run(db(), "customers", "--run", "1", "--segment", "0");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("x\\x1B[2Jclear").doesNotContain("\u001b");
    }

    @Test
    void report_out_etc_passwd_a_file_given_as_the_folder_is_a_clear_error() throws IOException {
        importHostileIds();
        Path passwd = Files.writeString(dir.resolve("passwd"), "root:x:0:0\n");
        Cli.Run run = Cli.run(db(), "report", "segments", "--out", passwd.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip())
                .isEqualTo("error: " + passwd
                        + " is a file; the report needs a folder to write report.md, charts and CSVs into");
        assertThat(passwd).hasContent("root:x:0:0\n");
    }

    @Test
    void schedule_platform_an_unknown_platform_is_refused_and_known_ones_accepted() {
        Cli.Run teams = Cli.run(
                db(),
                "schedule",
                "add",
                "weekly",
                "--kind",
                "segments",
                "--cron",
                "0 9 * * MON",
                "--platform",
                "teams",
                "--channel",
                "c");
        assertThat(teams.code()).isEqualTo(1);
        assertThat(teams.err().strip())
                .isEqualTo(
                        "error: --platform 'teams' is not a platform segbot delivers to; use console, slack or discord");
        Cli.Run slack = Cli.run(
                db(),
                "schedule",
                "add",
                "weekly",
                "--kind",
                "segments",
                "--cron",
                "0 9 * * MON",
                "--platform",
                "Slack",
                "--channel",
                "c");
        assertThat(slack.code()).as(slack.err()).isZero();
    }

    @Test
    void formula_injection_the_mece_reports_member_csv_neutralises_formula_user_ids() throws IOException {
        Path carts = dir.resolve("carts.csv");
        assertThat(Cli.run(
                                db(),
                                "mece",
                                "generate",
                                "--users",
                                "300",
                                "--seed",
                                "1",
                                "--as-of",
                                "2025-06-30",
                                "--out",
                                carts.toString())
                        .code())
                .isZero();
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(carts));
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, "=" + lines.get(i)); // every user id now starts like a spreadsheet formula
        }
        Files.write(carts, lines);
        Cli.Run mece = Cli.run(db(), "mece", "run", carts.toString(), "--as-of", "2025-06-30");
        assertThat(mece.code()).as(mece.err()).isZero();
        Path out = dir.resolve("report-out");
        Cli.Run report = Cli.run(db(), "report", "mece", "--out", out.toString());
        assertThat(report.code()).as(report.err()).isZero();
        java.util.List<String> members = Files.readAllLines(out.resolve("mece-members.csv"));
        assertThat(members.get(0)).isEqualTo("user_id,bucket_combo,final_segment");
        assertThat(members.subList(1, members.size())).isNotEmpty().allSatisfy(line -> assertThat(line)
                .startsWith("'=user_"));
    }
}
