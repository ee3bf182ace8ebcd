package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Golden renderings of the hand-made fixture runs: the expected text lives in
 * src/test/resources/report/golden. Every figure in it can be checked against the table in
 * {@link Fixture}. A mismatch writes the actual text next to target/ for a diff.
 */
class ReportGoldenTest {
    static final Path GOLDEN = Paths.get("src/test/resources/report/golden");

    final Fixture fixture = new Fixture();
    final ReportService service = new ReportService(fixture.database);

    @AfterEach
    void close() {
        fixture.database.close();
    }

    @Test
    void segments_report_of_run_a_matches_its_golden_markdown() throws IOException {
        assertGolden("segments.md", render(ReportKind.SEGMENTS, fixture.runA, null, MarkdownRenderer.Dialect.MARKDOWN));
    }

    @Test
    void segments_report_in_plain_text_matches_its_golden_text() throws IOException {
        assertGolden("segments.txt", render(ReportKind.SEGMENTS, fixture.runA, null, MarkdownRenderer.Dialect.PLAIN));
    }

    @Test
    void churn_report_of_run_a_matches_its_golden_markdown() throws IOException {
        assertGolden("churn.md", render(ReportKind.CHURN, fixture.runA, null, MarkdownRenderer.Dialect.MARKDOWN));
    }

    @Test
    void clv_report_of_run_a_matches_its_golden_markdown() throws IOException {
        assertGolden("clv.md", render(ReportKind.CLV, fixture.runA, null, MarkdownRenderer.Dialect.MARKDOWN));
    }

    @Test
    void movement_report_from_run_a_to_b_matches_its_golden_markdown() throws IOException {
        assertGolden("movement.md", render(ReportKind.MOVEMENT, fixture.runB, null, MarkdownRenderer.Dialect.MARKDOWN));
    }

    @Test
    void movement_report_in_slack_mrkdwn_matches_its_golden_text() throws IOException {
        assertGolden(
                "movement.slack.txt",
                render(ReportKind.MOVEMENT, fixture.runB, fixture.runA, MarkdownRenderer.Dialect.SLACK));
    }

    @Test
    void the_same_request_regenerates_the_same_text_charts_and_files() throws IOException {
        for (ReportKind kind : List.of(ReportKind.SEGMENTS, ReportKind.CHURN, ReportKind.CLV, ReportKind.MOVEMENT)) {
            Report first = service.build(new ReportService.Request(kind, fixture.runB, null, null, null));
            Report second = service.build(new ReportService.Request(kind, fixture.runB, null, null, null));
            assertThat(MarkdownRenderer.render(second, MarkdownRenderer.Dialect.MARKDOWN))
                    .isEqualTo(MarkdownRenderer.render(first, MarkdownRenderer.Dialect.MARKDOWN));
            assertThat(second.charts()).isEqualTo(first.charts());
            for (int i = 0; i < first.attachments().size(); i++) {
                assertThat(content(second.attachments().get(i)))
                        .isEqualTo(content(first.attachments().get(i)));
            }
        }
    }

    String render(ReportKind kind, long run, Long compare, MarkdownRenderer.Dialect dialect) {
        return MarkdownRenderer.render(
                service.build(new ReportService.Request(kind, run, compare, null, null)), dialect);
    }

    static String content(Attachment attachment) throws IOException {
        StringWriter out = new StringWriter();
        attachment.content().writeTo(out);
        return out.toString();
    }

    static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        if (!actual.equals(expected)) {
            Path dump = Paths.get("target/golden-actual").resolve(name);
            Files.createDirectories(dump.getParent());
            Files.writeString(dump, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as("rendering of %s (actual written to target/golden-actual)", name)
                .isEqualTo(expected);
    }
}
