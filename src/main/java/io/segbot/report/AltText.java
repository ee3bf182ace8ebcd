package io.segbot.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Chart alt texts that carry the chart's figures, so a screen reader, a text-only platform or a
 * search sees the same numbers as the image.
 */
final class AltText {
    private AltText() {}

    /** "{@code what}: Champions 30.1%, Loyal Customers 29.8%, ...". */
    static <T> String values(String what, List<String> labels, List<T> values, Function<T, String> format) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            parts.add(labels.get(i) + " " + format.apply(values.get(i)));
        }
        return what + ": " + String.join(", ", parts);
    }

    /** A grid of counts, one row per entry of {@code rows}: "{@code what}: R5 1 2 3; R4 ...". */
    static String grid(String what, List<String> rows, List<int[]> cells) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> counts = new ArrayList<>();
            for (int count : cells.get(i)) {
                counts.add(Formats.count(count));
            }
            parts.add(rows.get(i) + " " + String.join(" ", counts));
        }
        return what + ": " + String.join("; ", parts);
    }
}
