package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.store.Database;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    static final String[] IDS = {"c1", "c2", "c3", "c4"};

    Database database;
    long runId;

    @BeforeEach
    void setUp() {
        database = Database.inMemory("reports-" + UUID.randomUUID());
        runId = ReportFixture.run(
                database, ReportFixture.dataset(database), LocalDate.of(2024, 12, 31), IDS, new String[] {
                    "Champions", "Champions", "At Risk", "Hibernating"
                });
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void churn_report_renders_the_golden_text() throws Exception {
        String text = ReportText.markdown(Reports.build(database, "churn", runId, null));
        assertThat(text).isEqualTo(Files.readString(Path.of("src/test/resources/report/churn-golden.md")));
    }

    @Test
    void charts_are_chat_sized_pngs_with_real_content() throws Exception {
        Report report = Reports.build(database, "segments", runId, null);
        assertThat(report.charts())
                .extracting(Report.Chart::fileName)
                .containsExactly("revenue-share.png", "customers.png", "rfm-heatmap.png");
        for (Report.Chart chart : report.charts()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
            assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
            assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
            Set<Integer> colours = new HashSet<>();
            for (int x = 0; x < image.getWidth(); x += 4) {
                for (int y = 0; y < image.getHeight(); y += 4) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertThat(colours).as(chart.fileName()).hasSizeGreaterThan(10);
        }
    }

    @Test
    void the_bar_of_a_segment_has_that_segments_colour() throws Exception {
        byte[] png = Charts.bars("t", "x", "y", List.of("Champions"), List.of(10));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int champions = SegmentColors.of("Champions").getRGB();
        boolean found = false;
        for (int x = 0; x < image.getWidth() && !found; x++) {
            for (int y = 0; y < image.getHeight() && !found; y++) {
                found = image.getRGB(x, y) == champions;
            }
        }
        assertThat(found).isTrue();
        assertThat(SegmentColors.of("Cluster label")).isEqualTo(SegmentColors.of("Cluster label"));
    }

    @Test
    void the_customers_csv_round_trips_through_commons_csv() throws Exception {
        Report report = Reports.build(database, "segments", runId, null);
        StringWriter out = new StringWriter();
        report.attachments().get(0).writer().writeTo(out);
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(rows).extracting(r -> r.get("customer_id")).containsExactly("c1", "c2", "c3", "c4");
        assertThat(rows).extracting(r -> r.get("monetary")).containsExactly("100.00", "200.00", "300.00", "400.00");
        assertThat(rows)
                .extracting(r -> r.get("rfm_segment"))
                .containsExactly("Champions", "Champions", "At Risk", "Hibernating");
    }

    @Test
    void report_files_are_written_to_the_folder(@TempDir Path dir) throws Exception {
        List<Path> files = ReportFiles.write(Reports.build(database, "clv", runId, null), dir);
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("report.md", "clv-distribution.png", "customers.csv");
        assertThat(Files.readString(dir.resolve("report.md"))).startsWith("# Customer lifetime value of run 1");
    }

    @Test
    void unknown_kinds_and_runs_are_refused_with_the_choices() {
        assertThatThrownBy(() -> Reports.build(database, "weekly", runId, null))
                .hasMessageContaining("segments, churn, clv, mece, movement");
        assertThatThrownBy(() -> Reports.build(database, "churn", 99L, null)).hasMessage("no analysis run with id 99");
        assertThatThrownBy(() -> Reports.build(database, "movement", runId, null))
                .hasMessageContaining("has no earlier run");
    }
}
