package io.segbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Seconds per boundary collected over alternated rounds, reduced to medians and ratios. */
final class BenchTable {
    private final Map<String, List<Double>> seconds = new LinkedHashMap<>();

    void add(String side, Map<String, Double> round) {
        round.forEach((boundary, value) -> seconds.computeIfAbsent(side + "." + boundary, key -> new ArrayList<>())
                .add(value));
    }

    /** The median of a side's boundary over the rounds, or NaN when it was never measured. */
    double median(String side, String boundary) {
        List<Double> values = seconds.get(side + "." + boundary);
        if (values == null || values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    int rounds(String side, String boundary) {
        List<Double> values = seconds.get(side + "." + boundary);
        return values == null ? 0 : values.size();
    }

    /** Per-round sums of several boundaries, so a total's median is a median of real rounds. */
    void addTotal(String side, String name, Map<String, Double> round, String... boundaries) {
        double sum = 0;
        for (String boundary : boundaries) {
            sum += round.get(boundary);
        }
        add(side, Map.of(name, sum));
    }

    static String row(String boundary, double segbot, double peer, String peerName) {
        if (Double.isNaN(peer)) {
            return String.format(Locale.ROOT, "  %-34s %8.2f s   %-12s%n", boundary, segbot, "-");
        }
        return String.format(
                Locale.ROOT,
                "  %-34s %8.2f s   %8.2f s   %5.2fx %s%n",
                boundary,
                segbot,
                peer,
                peer / segbot,
                peer >= segbot ? "(segbot faster)" : "(" + peerName + " faster)");
    }

    /** The machine's load averages (1, 5, 15 minutes), or "unknown" off Linux. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII)
                    .split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
