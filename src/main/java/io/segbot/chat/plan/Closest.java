package io.segbot.chat.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Known customer ids closest to an unknown one (at most two edits, ignoring case), for "did you mean". */
final class Closest {
    private static final int MAX_EDITS = 2;
    private static final int SHOWN = 3;

    private Closest() {}

    static List<PlanResult.Row> ids(OrderBook book, String wanted) {
        String target = wanted.toLowerCase(Locale.ROOT);
        List<PlanResult.Row> near = new ArrayList<>();
        for (int c = 0; c < book.customers(); c++) {
            String id = book.ids()[c];
            if (Math.abs(id.length() - target.length()) > MAX_EDITS) {
                continue;
            }
            int d = Words.distance(target, id.toLowerCase(Locale.ROOT));
            if (d <= MAX_EDITS) {
                near.add(new PlanResult.Row(id, d, book.monetary()[c], book.frequency()[c]));
            }
        }
        near.sort(Comparator.comparingDouble(PlanResult.Row::value).thenComparing(PlanResult.Row::customerId));
        return near.subList(0, Math.min(SHOWN, near.size()));
    }
}
