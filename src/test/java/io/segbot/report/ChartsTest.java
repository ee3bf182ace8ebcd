package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChartsTest {
    static Fixture fixture;
    static ReportService service;

    @BeforeAll
    static void setUp() {
        fixture = new Fixture();
        service = new ReportService(fixture.database);
    }

    @AfterAll
    static void tearDown() {
        fixture.database.close();
    }

    @Test
    void every_chart_of_every_report_decodes_as_an_800_by_500_png_that_is_not_blank() throws IOException {
        for (ReportKind kind : List.of(ReportKind.SEGMENTS, ReportKind.CHURN, ReportKind.CLV, ReportKind.MOVEMENT)) {
            Report report = service.build(new ReportService.Request(kind, fixture.runB, null, null, null));
            assertThat(report.charts()).isNotEmpty();
            for (ChartImage chart : report.charts()) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
                assertThat(image).as(chart.fileName()).isNotNull();
                assertThat(image.getWidth()).as(chart.fileName()).isEqualTo(800);
                assertThat(image.getHeight()).as(chart.fileName()).isEqualTo(500);
                // text, axes and bars: a blank or single-colour image has 1 or 2 colours
                assertThat(distinctColours(image)).as(chart.fileName()).isGreaterThan(30);
                assertThat(nonWhiteShare(image)).as(chart.fileName()).isGreaterThan(0.03);
                assertThat(chart.png().length).as(chart.fileName()).isLessThan(200_000);
            }
        }
    }

    @Test
    void a_segment_has_the_same_colour_in_the_revenue_and_the_customer_chart() throws IOException {
        Report report = service.build(new ReportService.Request(ReportKind.SEGMENTS, fixture.runA, null, null, null));
        Color champions = SegmentPalette.color("Champions");
        Color hibernating = SegmentPalette.color("Hibernating");
        for (String name : List.of("revenue-share.png", "customers-by-segment.png")) {
            BufferedImage image = image(report, name);
            assertThat(count(image, champions)).as(name + " Champions pixels").isGreaterThan(500);
            assertThat(count(image, hibernating))
                    .as(name + " Hibernating pixels")
                    .isGreaterThan(20);
        }
        // the movement chart colours run B's Champions (c2, c7) the same way
        Report movement = service.build(new ReportService.Request(ReportKind.MOVEMENT, fixture.runB, null, null, null));
        assertThat(count(image(movement, "movement.png"), champions)).isGreaterThan(500);
    }

    @Test
    void the_palette_is_fixed_per_label_and_distinct_across_the_ten_rfm_segments() {
        Set<Color> colours = new HashSet<>();
        for (io.segbot.analytics.RfmSegment segment : io.segbot.analytics.RfmSegment.values()) {
            colours.add(SegmentPalette.color(segment.label()));
        }
        assertThat(colours).hasSize(10);
        assertThat(SegmentPalette.color("At Risk")).isEqualTo(new Color(0xd73027));
        assertThat(SegmentPalette.color("some MECE segment")).isEqualTo(SegmentPalette.color("some MECE segment"));
        assertThat(SegmentPalette.cluster(0)).isEqualTo(new Color(0x4e79a7));
    }

    @Test
    void histogram_bins_run_from_zero_to_the_99th_percentile_on_a_1_2_2_5_5_step() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = i * 10; // 0 .. 990; p99 (type 7) = 980.1, /20 = 49.0 -> step 50
        }
        ClvHistogram.Bins bins = ClvHistogram.bins(values);
        assertThat(bins.width()).isEqualTo(50);
        assertThat(bins.counts()[0]).isEqualTo(5); // 0, 10, 20, 30, 40
        assertThat(bins.counts()[ClvHistogram.BINS]).isZero(); // 990 < 1,000
        assertThat(bins.label(ClvHistogram.BINS)).isEqualTo("≥$1,000");
        assertThat(ClvHistogram.niceStep(0.3)).isEqualTo(0.5);
        assertThat(ClvHistogram.niceStep(21)).isEqualTo(25);
        assertThat(ClvHistogram.niceStep(100)).isEqualTo(100);
    }

    static BufferedImage image(Report report, String name) throws IOException {
        ChartImage chart = report.charts().stream()
                .filter(c -> c.fileName().equals(name))
                .findFirst()
                .orElseThrow();
        return ImageIO.read(new ByteArrayInputStream(chart.png()));
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }

    static double nonWhiteShare(BufferedImage image) {
        long nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                nonWhite += (image.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : 1;
            }
        }
        return (double) nonWhite / (image.getWidth() * image.getHeight());
    }

    static long count(BufferedImage image, Color colour) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff) ? 1 : 0;
            }
        }
        return count;
    }
}
