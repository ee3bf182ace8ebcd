package io.segbot.chat.plan;

import io.segbot.analytics.SegmentFamily;
import java.util.Arrays;
import java.util.List;

/**
 * A plan's filters as a mask over an {@link OrderBook}'s customers: one tight loop per filter, so
 * the scans test one array element per customer instead of a chain of predicates.
 */
final class Populations {
    /** Without a window, "active" means an order in the last 90 days and "lapsed" none in the last 365. */
    static final int ACTIVE_DAYS = 90;

    static final int LAPSED_DAYS = 365;

    private Populations() {}

    /**
     * @param only a single customer's index, or -1 for all
     * @return who is in the population, or null for every customer (no filter, no one customer)
     */
    static boolean[] mask(List<Filter> filters, DateRange window, OrderBook book, int only) {
        if (filters.isEmpty() && only < 0) {
            return null;
        }
        boolean[] in = new boolean[book.customers()];
        if (only >= 0) {
            in[only] = true;
        } else {
            Arrays.fill(in, true);
        }
        for (Filter filter : filters) {
            narrow(in, filter, window, book);
        }
        return in;
    }

    private static void narrow(boolean[] in, Filter filter, DateRange window, OrderBook book) {
        int n = in.length;
        if (filter instanceof Filter.Segment s && SegmentFamily.CLUSTER.matches(s.family())) {
            int wanted = Integer.parseInt(s.key());
            for (int c = 0; c < n; c++) {
                in[c] &= book.cluster()[c] == wanted;
            }
        } else if (filter instanceof Filter.Segment s) {
            int label = book.rfmLabels().indexOf(s.key());
            for (int c = 0; c < n; c++) {
                in[c] &= book.rfm()[c] == label;
            }
        } else if (filter instanceof Filter.ChurnBand b) {
            byte band = (byte) OrderBook.BANDS.indexOf(b.band());
            for (int c = 0; c < n; c++) {
                in[c] &= book.churn()[c] == band;
            }
        } else if (filter instanceof Filter.Tier t) {
            byte tier = (byte) OrderBook.TIERS.indexOf(t.tier());
            for (int c = 0; c < n; c++) {
                in[c] &= book.tier()[c] == tier;
            }
        } else if (filter instanceof Filter.Threshold t && window != null && book.hasOrders()) {
            inWindow(in, t, window, book);
        } else if (filter instanceof Filter.Threshold t) {
            boolean spend = t.field() == Filter.Threshold.Field.SPEND;
            for (int c = 0; c < n; c++) {
                in[c] &= t.test(spend ? book.monetary()[c] : book.frequency()[c]);
            }
        } else {
            lifecycle(in, (Filter.Lifecycle) filter, window, book);
        }
    }

    /** "Customers who spent over $1,000 in 2024": the threshold is on the window's spend or orders. */
    private static void inWindow(boolean[] in, Filter.Threshold t, DateRange window, OrderBook book) {
        int from = PlanExecutor.epochDay(window.from());
        int to = PlanExecutor.epochDay(window.to());
        boolean spend = t.field() == Filter.Threshold.Field.SPEND;
        for (int c = 0; c < in.length; c++) {
            if (!in[c]) {
                continue;
            }
            int end = book.offsets()[c + 1];
            double sum = 0;
            int orders = 0;
            for (int k = CustomerPass.startOf(book.orderDay(), book.offsets()[c], end, from);
                    k < end && book.orderDay()[k] <= to;
                    k++) {
                sum += book.orderAmount()[k];
                orders++;
            }
            in[c] = t.test(spend ? sum : orders);
        }
    }

    private static void lifecycle(boolean[] in, Filter.Lifecycle life, DateRange window, OrderBook book) {
        int asOf = PlanExecutor.epochDay(book.asOf());
        int from = window != null ? PlanExecutor.epochDay(window.from()) : 0;
        int to = window != null ? PlanExecutor.epochDay(window.to()) : asOf;
        if (life.stage() == Filter.Lifecycle.Stage.ACTIVE && window != null) {
            for (int c = 0; c < in.length; c++) {
                in[c] &= hasOrderIn(book, c, from, to);
            }
            return;
        }
        int[][] firstLast = BookIndexes.of(book).firstLastDays(book);
        int[] first = firstLast[0];
        int[] last = firstLast[1];
        for (int c = 0; c < in.length; c++) {
            in[c] &= switch (life.stage()) {
                case NEW -> window != null && first[c] >= from && first[c] <= to;
                case ACTIVE -> last[c] > asOf - ACTIVE_DAYS;
                case LAPSED -> window != null ? last[c] < from : last[c] <= asOf - LAPSED_DAYS;
            };
        }
    }

    static int firstDay(OrderBook book, int c) {
        return book.offsets()[c] < book.offsets()[c + 1] ? book.orderDay()[book.offsets()[c]] : Integer.MAX_VALUE;
    }

    static int lastDay(OrderBook book, int c) {
        return book.offsets()[c] < book.offsets()[c + 1]
                ? book.orderDay()[book.offsets()[c + 1] - 1]
                : Integer.MIN_VALUE;
    }

    static boolean hasOrderIn(OrderBook book, int c, int from, int to) {
        int end = book.offsets()[c + 1];
        int k = CustomerPass.startOf(book.orderDay(), book.offsets()[c], end, from);
        return k < end && book.orderDay()[k] <= to;
    }
}
