package io.segbot.report;

import io.segbot.store.RunRecords;
import io.segbot.store.RunRecords.Segment;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/** Pieces several report kinds share. */
final class ReportParts {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private ReportParts() {}

    static Report.RunInfo info(RunRecords.Run run) {
        return new Report.RunInfo(run.id(), run.dataset(), run.asOf(), run.customers(), run.revenue());
    }

    static List<Segment> family(List<Segment> segments, String family) {
        return segments.stream().filter(s -> s.family().equals(family)).toList();
    }

    /** How a segment is named in tables and charts: RFM by label, clusters as "0 Champions (high spend)". */
    static String name(Segment segment) {
        return segment.family().equals("cluster") ? segment.key() + " " + segment.label() : segment.label();
    }

    /** The key RunScan uses for a segment. */
    static String scanKey(Segment segment) {
        return segment.family() + ":" + (segment.family().equals("cluster") ? segment.key() : segment.label());
    }

    static Charts.Bar bar(Segment segment, double value) {
        return new Charts.Bar(
                name(segment), SegmentPalette.of(segment.family(), segment.key(), segment.label()), value);
    }

    static double share(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    /** "Champions 41.3%, Loyal Customers 22.0%, ..." for alt texts. */
    static <T> String list(List<T> items, Function<T, String> describe) {
        StringJoiner joined = new StringJoiner(", ");
        items.forEach(item -> joined.add(describe.apply(item)));
        return joined.toString();
    }

    /** The run's CLV horizon in days (its "horizon_days" parameter; 365 when absent or unreadable). */
    static int horizonDays(RunRecords.Run run) {
        try {
            return JSON.readTree(run.parametersJson()).path("horizon_days").asInt(365);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return 365;
        }
    }

    /** "1 customer", "2,000 customers". */
    static String customers(long count) {
        return Formats.count(count) + (count == 1 ? " customer" : " customers");
    }

    static String familyTitle(String family) {
        return family.equals("cluster") ? "k-means cluster" : "RFM segment";
    }
}
