package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    final Fixture fixture = new Fixture();
    final ReportService service = new ReportService(fixture.database);

    @AfterEach
    void close() {
        fixture.database.close();
    }

    @Test
    void customers_csv_round_trips_through_commons_csv_with_the_quoted_id_intact() throws IOException {
        Report report = service.build(new ReportService.Request(ReportKind.SEGMENTS, fixture.runA, null, null, null));
        String csv = ReportGoldenTest.content(report.attachments().get(0));
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(8);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(CustomerCsv.HEADER);
        CSVRecord vip = rows.get(7);
        assertThat(vip.get("customer_id")).isEqualTo("c,8 \"vip\"");
        assertThat(vip.get("rfm_segment")).isEqualTo("Can't Lose Them");
        assertThat(vip.get("monetary")).isEqualTo("1500.00");
        assertThat(vip.get("clv_index")).isEqualTo("15000.00"); // 10 orders x $1,500
        assertThat(vip.get("churn_risk")).isEqualTo("High");
        assertThat(vip.get("p_alive")).isEmpty();
        // RFC 4180: the id with a comma and quotes is quoted, quotes doubled, lines end in CRLF
        assertThat(csv).contains("\"c,8 \"\"vip\"\"\",120,10,1500.00").contains("\r\n");
    }

    @Test
    void churn_export_holds_exactly_the_high_risk_customers() throws IOException {
        Report report = service.build(new ReportService.Request(ReportKind.CHURN, fixture.runA, null, null, null));
        List<CSVRecord> rows =
                parse(ReportGoldenTest.content(report.attachments().get(0)));
        assertThat(rows).extracting(r -> r.get("customer_id")).containsExactly("c5", "c6", "c,8 \"vip\"");
    }

    @Test
    void clv_top_decile_export_holds_the_single_highest_clv_customer_of_eight() throws IOException {
        Report report = service.build(new ReportService.Request(ReportKind.CLV, fixture.runA, null, null, null));
        List<CSVRecord> rows =
                parse(ReportGoldenTest.content(report.attachments().get(0)));
        assertThat(rows).extracting(r -> r.get("customer_id")).containsExactly("c1");
        assertThat(rows.get(0).get("clv_1y")).isEqualTo("1300.00");
    }

    @Test
    void movement_csv_lists_every_customer_of_either_run_with_status() throws IOException {
        Report report = service.build(new ReportService.Request(ReportKind.MOVEMENT, fixture.runB, null, null, null));
        List<CSVRecord> rows =
                parse(ReportGoldenTest.content(report.attachments().get(0)));
        Map<String, String> status = rows.stream()
                .collect(Collectors.toMap(
                        r -> r.get("customer_id"),
                        r -> r.get("segment_before") + " -> " + r.get("segment_after") + " " + r.get("status")));
        assertThat(status)
                .hasSize(9)
                .containsEntry("c1", "Champions -> At Risk moved")
                .containsEntry("c5", "At Risk -> At Risk stayed")
                .containsEntry("c9", " -> New Customers entered")
                .containsEntry("c,8 \"vip\"", "Can't Lose Them ->  left");
        assertThat(rows.get(8).get("customer_id"))
                .as("those who left come last")
                .isEqualTo("c,8 \"vip\"");
        assertThat(rows.get(8).get("monetary_after")).isEmpty();
    }

    @Test
    void report_writer_writes_markdown_charts_and_csv_files_with_row_counts(@TempDir Path dir) throws IOException {
        Report report = service.build(new ReportService.Request(ReportKind.SEGMENTS, fixture.runA, null, null, null));
        List<ReportWriter.Written> written = ReportWriter.write(report, dir.resolve("out"));
        assertThat(written)
                .extracting(w -> w.path().getFileName().toString())
                .containsExactly(
                        "report.md",
                        "revenue-share.png",
                        "customers-by-segment.png",
                        "rfm-heatmap.png",
                        "cluster-revenue-share.png",
                        "customers.csv");
        assertThat(written.get(5).rows()).isEqualTo(8);
        try (Reader in = Files.newBufferedReader(dir.resolve("out/customers.csv"), StandardCharsets.UTF_8)) {
            assertThat(format().parse(in).getRecords()).hasSize(8);
        }
        assertThat(Files.readString(dir.resolve("out/report.md"))).contains("![Bar chart, Share of revenue");
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return format().parse(new StringReader(csv)).getRecords();
    }

    static CSVFormat format() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    }
}
