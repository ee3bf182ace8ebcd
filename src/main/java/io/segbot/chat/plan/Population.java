package io.segbot.chat.plan;

import io.segbot.analytics.SegmentFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * The customers a question is about, read from its words and the segments it names.
 *
 * @param filters all conditions together
 * @param band the churn band named, or null
 * @param versus a second segment to compare with ("champions vs loyal customers"), or null
 */
record Population(List<Filter> filters, String band, Filter versus) {
    Population {
        filters = List.copyOf(filters);
    }

    static Population of(String text, List<Filter.Segment> segments, DateRange window) {
        List<Filter.Segment> named = new ArrayList<>(segments);
        if (PopulationWords.meansChurnNotSegment(text)) {
            named.removeIf(s -> SegmentFamily.RFM.matches(s.family()) && s.key().equals("At Risk"));
        }
        Filter.Lifecycle.Stage stage = PopulationWords.stage(text);
        boolean newCustomersSegment = named.stream().anyMatch(Population::isNewCustomersSegment);
        if (stage == Filter.Lifecycle.Stage.NEW && window == null) {
            stage = null; // "new customers" without a window is the RFM segment, or nothing
        } else if (stage == Filter.Lifecycle.Stage.NEW) {
            named.removeIf(Population::isNewCustomersSegment);
        } else if (newCustomersSegment && window != null && text.contains("new customers")) {
            named.removeIf(Population::isNewCustomersSegment);
            stage = Filter.Lifecycle.Stage.NEW;
        }
        List<Filter> filters = new ArrayList<>();
        Filter versus = null;
        if (!named.isEmpty()) {
            filters.add(named.get(0));
        }
        if (named.size() >= 2) {
            versus = named.get(1);
            filters.add(versus);
        }
        String band = PopulationWords.churnBand(text);
        if (band != null) {
            filters.add(new Filter.ChurnBand(band));
        }
        String tier = PopulationWords.tier(text);
        if (tier != null) {
            filters.add(new Filter.Tier(tier));
        }
        filters.addAll(PopulationWords.thresholds(text));
        if (stage != null) {
            filters.add(new Filter.Lifecycle(stage));
        }
        return new Population(filters, band, versus);
    }

    private static boolean isNewCustomersSegment(Filter.Segment s) {
        return SegmentFamily.RFM.matches(s.family()) && s.key().equals("New Customers");
    }
}
