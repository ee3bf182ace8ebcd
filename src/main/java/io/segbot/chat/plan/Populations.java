package io.segbot.chat.plan;

import java.util.List;
import java.util.function.IntPredicate;

/** A plan's filters as one test on a customer index of an {@link OrderBook}. */
final class Populations {
    /** Without a window, "active" means an order in the last 90 days and "lapsed" none in the last 365. */
    static final int ACTIVE_DAYS = 90;

    static final int LAPSED_DAYS = 365;

    private Populations() {}

    static IntPredicate predicate(List<Filter> filters, DateRange window, OrderBook book) {
        IntPredicate all = c -> true;
        for (Filter filter : filters) {
            IntPredicate next = one(filter, window, book);
            IntPredicate before = all;
            all = c -> before.test(c) && next.test(c);
        }
        return all;
    }

    private static IntPredicate one(Filter filter, DateRange window, OrderBook book) {
        if (filter instanceof Filter.Segment s) {
            if (s.family().equals("cluster")) {
                int wanted = Integer.parseInt(s.key());
                return c -> book.cluster()[c] == wanted;
            }
            int label = book.rfmLabels().indexOf(s.key());
            return c -> book.rfm()[c] == label;
        }
        if (filter instanceof Filter.ChurnBand b) {
            byte band = (byte) OrderBook.BANDS.indexOf(b.band());
            return c -> book.churn()[c] == band;
        }
        if (filter instanceof Filter.Tier t) {
            byte tier = (byte) OrderBook.TIERS.indexOf(t.tier());
            return c -> book.tier()[c] == tier;
        }
        if (filter instanceof Filter.Threshold t) {
            return t.field() == Filter.Threshold.Field.SPEND
                    ? c -> t.test(book.monetary()[c])
                    : c -> t.test(book.frequency()[c]);
        }
        Filter.Lifecycle life = (Filter.Lifecycle) filter;
        int asOf = PlanExecutor.epochDay(book.asOf());
        int from = window != null ? PlanExecutor.epochDay(window.from()) : 0;
        int to = window != null ? PlanExecutor.epochDay(window.to()) : asOf;
        return switch (life.stage()) {
            case NEW -> c -> window != null && firstDay(book, c) >= from && firstDay(book, c) <= to;
            case ACTIVE -> window != null
                    ? c -> hasOrderIn(book, c, from, to)
                    : c -> lastDay(book, c) > asOf - ACTIVE_DAYS;
            case LAPSED -> window != null ? c -> lastDay(book, c) < from : c -> lastDay(book, c) <= asOf - LAPSED_DAYS;
        };
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
        for (int k = book.offsets()[c]; k < book.offsets()[c + 1]; k++) {
            int day = book.orderDay()[k];
            if (day >= from && day <= to) {
                return true;
            }
            if (day > to) {
                return false;
            }
        }
        return false;
    }
}
