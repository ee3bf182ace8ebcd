package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Golden renderings of the hand-made {@link Fixture} runs (src/test/resources/report/golden); every
 * figure in them can be checked against the table in the fixture's Javadoc. A mismatch writes the
 * actual text to target/golden-actual for a diff.
 */
class ReportGoldenTest {
    static final Path GOLDEN = Paths.get("src/test/resources/report/golden");

    final Fixture fixture = new Fixture();

    @AfterEach
    void close() {
        fixture.database.close();
    }

    Report build(String kind, long run, Long compare) {
        return Reports.build(fixture.database, kind, run, compare);
    }

    @Test
    void segments_report_of_run_a_matches_its_golden_markdown() throws IOException {
        assertGolden("segments.md", ReportText.markdown(build("segments", fixture.runA, null)));
    }

    @Test
    void clv_report_of_run_a_matches_its_golden_markdown() throws IOException {
        assertGolden("clv.md", ReportText.markdown(build("clv", fixture.runA, null)));
    }

    @Test
    void movement_report_from_run_a_to_b_matches_its_golden_markdown() throws IOException {
        assertGolden("movement.md", ReportText.markdown(build("movement", fixture.runB, null)));
    }

    @Test
    void movement_report_in_slack_mrkdwn_matches_its_golden_text() throws IOException {
        assertGolden("movement.slack.txt", ReportText.slack(build("movement", fixture.runB, fixture.runA)));
    }

    @Test
    void the_same_request_regenerates_the_same_text_charts_and_files() throws IOException {
        for (String kind : List.of("segments", "churn", "clv", "movement")) {
            Report first = build(kind, fixture.runB, null);
            Report second = build(kind, fixture.runB, null);
            assertThat(ReportText.markdown(second)).isEqualTo(ReportText.markdown(first));
            for (int i = 0; i < first.charts().size(); i++) {
                assertThat(second.charts().get(i).png())
                        .as(kind)
                        .isEqualTo(first.charts().get(i).png());
            }
            for (int i = 0; i < first.attachments().size(); i++) {
                assertThat(content(second.attachments().get(i)))
                        .isEqualTo(content(first.attachments().get(i)));
            }
        }
    }

    @Test
    void a_segment_has_the_same_colour_in_every_chart() throws IOException {
        int champions = SegmentColors.of("Champions").getRGB();
        Report segments = build("segments", fixture.runA, null);
        Report movement = build("movement", fixture.runB, null);
        for (Report.Chart chart :
                List.of(segments.charts().get(0), segments.charts().get(1))) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
            // Champions: 38.3% of revenue and 2 of 8 customers, the largest bar of both charts
            assertThat(pixels(image, champions)).as(chart.fileName()).isGreaterThan(2_000);
        }
        BufferedImage heatMap =
                ImageIO.read(new ByteArrayInputStream(movement.charts().get(0).png()));
        assertThat(heatMap.getWidth()).isEqualTo(Charts.WIDTH);
    }

    @Test
    void customers_csv_quotes_an_id_with_a_comma_and_quotes_per_rfc_4180() throws IOException {
        String csv = content(build("segments", fixture.runA, null).attachments().get(0));
        assertThat(csv).contains("\r\n\"c,8 \"\"vip\"\"\",120,10,1500.00,");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(rows).hasSize(8);
        CSVRecord vip = rows.get(7);
        assertThat(vip.get("customer_id")).isEqualTo("c,8 \"vip\"");
        assertThat(vip.get("rfm_segment")).isEqualTo("Can't Lose Them");
        assertThat(vip.get("clv_index")).isEqualTo("15000.00"); // 10 orders x $1,500
        assertThat(vip.get("p_alive")).isEmpty();
    }

    static long pixels(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += image.getRGB(x, y) == rgb ? 1 : 0;
            }
        }
        return count;
    }

    static String content(Report.Attachment attachment) throws IOException {
        StringWriter out = new StringWriter();
        attachment.writer().writeTo(out);
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
                .as("rendering of %s (actual in target/golden-actual)", name)
                .isEqualTo(expected);
    }
}
