package io.segbot.chat.plan;

import java.util.Arrays;

/**
 * The values a distribution figure needs (spend per customer, order values, days between orders),
 * collected during a scan, then summed up as a median, percentile or top share. Whole-book
 * distributions (everyone, all time) are the same for every question, so they are collected and
 * sorted once per book instead ({@link BookIndexes}). Confined to one scan.
 */
final class Values {
    private final OrderBook book;
    private final QuestionPlan plan;
    private final Measure measure;
    private final boolean wanted;
    private final boolean wholeBook;
    private double[] values = new double[0];
    private int count;

    Values(OrderBook book, QuestionPlan plan, Measure measure, boolean wholeBook) {
        this.book = book;
        this.plan = plan;
        this.measure = measure;
        this.wanted = switch (measure) {
            case SPEND, TOP_SHARE, ORDER_VALUE -> true;
            case DAYS_BETWEEN_ORDERS -> plan.effectiveStat().kind() != Stat.Kind.AVERAGE;
            default -> false;
        };
        this.wholeBook = wholeBook;
    }

    /** True when the scan should add each customer's spend (in the window, or lifetime). */
    boolean spends() {
        return !wholeBook && (measure == Measure.SPEND || measure == Measure.TOP_SHARE);
    }

    boolean orderValues() {
        return !wholeBook && measure == Measure.ORDER_VALUE;
    }

    boolean gaps() {
        return !wholeBook && wanted && measure == Measure.DAYS_BETWEEN_ORDERS;
    }

    void add(double value) {
        if (count == values.length) {
            values = Arrays.copyOf(values, Math.max(1024, values.length * 2));
        }
        values[count++] = value;
    }

    void addAll(double[] from, int start, int end) {
        int n = end - start;
        if (count + n > values.length) {
            values = Arrays.copyOf(values, Math.max(count + n, values.length * 2));
        }
        System.arraycopy(from, start, values, count, n);
        count += n;
    }

    /** Median, percentile or top share; NaN when there is no value. */
    double distribution() {
        if (!wanted) {
            return Double.NaN;
        }
        double[] all = values;
        int n = count;
        boolean sorted = false;
        if (wholeBook) {
            all = BookIndexes.of(book)
                    .sorted(measure == Measure.TOP_SHARE ? Measure.SPEND : measure, this::wholeBookSorted);
            n = all.length;
            sorted = true;
        }
        if (n == 0) {
            return Double.NaN;
        }
        if (measure == Measure.TOP_SHARE) {
            QuestionPlan.Top top = plan.top();
            int k = top.percent() ? (int) Math.ceil(n * top.value() / 100) : (int) Math.min(top.value(), n);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += all[i];
            }
            double best = 0;
            if (sorted) {
                for (int i = n - k; i < n; i++) {
                    best += all[i];
                }
            } else {
                best = Ranks.topSum(all, n, k);
            }
            return sum == 0 ? Double.NaN : best / sum;
        }
        double p = plan.effectiveStat().percentile() / 100.0;
        return sorted ? PlanExecutor.quantile(all, n, p) : Ranks.quantile(all, n, p);
    }

    /** Everyone's values, all time, sorted: spends of buyers, every order value, every gap. */
    private double[] wholeBookSorted() {
        Values every = new Values(book, plan, measure, false);
        int[] offsets = book.offsets();
        for (int c = 0; c < book.customers(); c++) {
            if (measure == Measure.SPEND || measure == Measure.TOP_SHARE) {
                if (book.frequency()[c] > 0) {
                    every.add(book.monetary()[c]);
                }
            } else if (measure == Measure.ORDER_VALUE) {
                for (int k = offsets[c]; k < offsets[c + 1]; k++) {
                    every.add(book.orderAmount()[k]);
                }
            } else {
                for (int k = offsets[c] + 1; k < offsets[c + 1]; k++) {
                    every.add(book.orderDay()[k] - book.orderDay()[k - 1]);
                }
            }
        }
        double[] sorted = Arrays.copyOf(every.values, every.count);
        Arrays.sort(sorted);
        return sorted;
    }
}
