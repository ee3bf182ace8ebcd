package io.segbot.chat;

import io.segbot.analytics.SegmentFamily;
import io.segbot.analytics.SegmentProfile;
import io.segbot.segmentation.RunRecords;
import io.segbot.store.DatasetInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The stored run a conversation answers from: its header, dataset and segment profiles, loaded
 * once and immutable. Segment references resolve here.
 */
public record RunSnapshot(RunRecords.Run run, DatasetInfo dataset, List<SegmentProfile> segments) {
    public RunSnapshot {
        segments = List.copyOf(segments);
    }

    /** The source line every reply ends with. */
    public String source() {
        return "run " + run.id() + " · dataset " + run.dataset() + " · as of " + run.asOf();
    }

    public List<SegmentProfile> family(String family) {
        return segments.stream().filter(s -> s.family().equals(family)).toList();
    }

    public List<SegmentProfile> clusters() {
        return family(SegmentFamily.CLUSTER.code());
    }

    public List<SegmentProfile> rfm() {
        return family(SegmentFamily.RFM.code());
    }

    public Optional<SegmentProfile> cluster(int id) {
        return clusters().stream()
                .filter(s -> s.key().equals(Integer.toString(id)))
                .findFirst();
    }

    /** A segment by its stored name: an RFM label first, then a cluster label. */
    public Optional<SegmentProfile> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        Optional<SegmentProfile> rfm = rfm().stream()
                .filter(s -> s.label().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
        return rfm.isPresent()
                ? rfm
                : clusters().stream()
                        .filter(s -> s.label().toLowerCase(Locale.ROOT).equals(wanted))
                        .findFirst();
    }

    /** "Cluster 0 (Loyal Customers)" or "Champions": how replies name a segment. */
    public static String display(SegmentProfile segment) {
        return SegmentFamily.CLUSTER.matches(segment.family())
                ? "Cluster " + segment.key() + " (" + segment.label() + ")"
                : segment.label();
    }

    /** "cluster:0" or "rfm:Champions": how memory stores a segment reference. */
    public static String reference(SegmentProfile segment) {
        return segment.family() + ":" + segment.key();
    }

    public Optional<SegmentProfile> fromReference(String reference) {
        int colon = reference.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String family = reference.substring(0, colon);
        String key = reference.substring(colon + 1);
        return segments.stream()
                .filter(s -> s.family().equals(family) && s.key().equals(key))
                .findFirst();
    }

    public long totalOrders() {
        double orders = 0;
        for (SegmentProfile s : rfm()) {
            orders += s.avgFrequency() * s.customers();
        }
        return Math.round(orders);
    }

    public int customersInBand(String band) {
        int total = 0;
        for (SegmentProfile s : rfm()) {
            total += switch (band) {
                case "Low" -> s.churnLow();
                case "Medium" -> s.churnMedium();
                case "High" -> s.churnHigh();
                default -> throw new IllegalArgumentException("unknown churn band " + band);
            };
        }
        return total;
    }
}
