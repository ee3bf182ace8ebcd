package io.segbot.chat.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/** One pass over a population's customers and their orders in a window, filling tallies. Confined to one call. */
final class Scan {
    private final OrderBook book;
    private final QuestionPlan plan;
    private final Measure measure;
    private final int from;
    private final int to;
    private final boolean useOrders;
    private final byte band;
    private final Tally[] groups;
    private final boolean byPeriod;
    private final int periodBase;
    private double[] values = new double[0];
    private int valueCount;

    Scan(OrderBook book, QuestionPlan plan, Measure measure, DateRange window) {
        this.book = book;
        this.plan = plan;
        this.measure = measure;
        this.from = window == null ? Integer.MIN_VALUE : PlanExecutor.epochDay(window.from());
        this.to = window == null ? Integer.MAX_VALUE : PlanExecutor.epochDay(window.to());
        this.useOrders = PlanExecutor.needsOrders(plan, measure);
        this.band = (byte) (plan.band() == null ? -1 : OrderBook.BANDS.indexOf(plan.band()));
        QuestionPlan.Grouping g = plan.grouping();
        this.byPeriod = g == QuestionPlan.Grouping.MONTH || g == QuestionPlan.Grouping.QUARTER;
        this.periodBase = byPeriod ? period(firstOrderDay()) : 0;
        this.groups = g == null ? new Tally[0] : new Tally[groupCount(g)];
    }

    Tally run(IntPredicate population) {
        Tally total = new Tally();
        boolean lapsed = plan.filters().stream()
                .anyMatch(f -> f instanceof Filter.Lifecycle l && l.stage() == Filter.Lifecycle.Stage.LAPSED);
        for (int c = 0; c < book.customers(); c++) {
            if (!population.test(c)) {
                continue;
            }
            Tally group = byPeriod || groups.length == 0 ? null : group(customerGroup(c));
            member(total, c);
            if (group != null) {
                member(group, c);
            }
            if (useOrders) {
                orders(total, group, c);
            } else {
                lifetime(total, c);
                if (group != null) {
                    lifetime(group, c);
                }
                if (book.frequency()[c] > 0 && collects()) {
                    collect(book.monetary()[c]);
                }
            }
        }
        if (lapsed) {
            total.customers = total.members;
        }
        return total;
    }

    private void member(Tally t, int c) {
        t.members++;
        t.clv += book.clv()[c];
        if (book.pAlive() != null) {
            t.predictedClv += book.predictedClv()[c];
            t.pAlive += book.pAlive()[c];
        }
        t.recencyDays += book.recency()[c];
        if (book.churn()[c] == band) {
            t.inBand++;
        }
    }

    /** Lifetime totals from the run (also the only figures a customer-level dataset has). */
    private void lifetime(Tally t, int c) {
        int k = book.frequency()[c];
        t.orders += k;
        t.revenue += book.monetary()[c];
        count(t, k);
    }

    private void orders(Tally total, Tally group, int c) {
        int first = book.offsets()[c];
        int end = book.offsets()[c + 1];
        if (first == end || book.orderDay()[end - 1] < from || book.orderDay()[first] > to) {
            return; // no order in the window: the common case for a short window, checked in O(1)
        }
        int k = 0;
        double spend = 0;
        int previous = Integer.MIN_VALUE;
        int lastPeriod = Integer.MIN_VALUE;
        int inPeriod = 0;
        for (int i = book.offsets()[c]; i < book.offsets()[c + 1]; i++) {
            int day = book.orderDay()[i];
            if (day < from) {
                continue;
            }
            if (day > to) {
                break;
            }
            double amount = book.orderAmount()[i];
            k++;
            spend += amount;
            total.order(c, day, amount);
            if (group != null) {
                group.order(c, day, amount);
            }
            if (previous != Integer.MIN_VALUE) {
                gap(total, day - previous);
                if (group != null) {
                    gap(group, day - previous);
                }
                if (measure == Measure.DAYS_BETWEEN_ORDERS
                        && plan.effectiveStat().kind() != Stat.Kind.AVERAGE) {
                    collect(day - previous);
                }
            }
            previous = day;
            if (byPeriod) {
                int p = period(day) - periodBase;
                if (p != lastPeriod) {
                    if (lastPeriod != Integer.MIN_VALUE) {
                        count(group(lastPeriod), inPeriod);
                    }
                    group(p).members++;
                    lastPeriod = p;
                    inPeriod = 0;
                }
                inPeriod++;
                group(p).order(c, day, amount);
            }
            if (measure == Measure.ORDER_VALUE) {
                collect(amount);
            }
        }
        if (byPeriod && lastPeriod != Integer.MIN_VALUE) {
            count(group(lastPeriod), inPeriod);
        }
        count(total, k);
        if (group != null) {
            count(group, k);
        }
        if (k > 0 && (measure == Measure.SPEND || measure == Measure.TOP_SHARE)) {
            collect(spend);
        }
    }

    private static void gap(Tally t, int days) {
        t.gapDays += days;
        t.gaps++;
    }

    private static void count(Tally t, int k) {
        if (k > 0) {
            t.customers++;
            if (k >= 2) {
                t.repeat++;
            } else {
                t.oneTime++;
            }
        }
    }

    private boolean collects() {
        return measure == Measure.SPEND || measure == Measure.TOP_SHARE;
    }

    private void collect(double value) {
        if (valueCount == values.length) {
            values = Arrays.copyOf(values, Math.max(1024, values.length * 2));
        }
        values[valueCount++] = value;
    }

    /** Median, percentile or top share of the collected values; NaN when nothing was collected. */
    double distribution() {
        if (valueCount == 0) {
            return Double.NaN;
        }
        double[] sorted = wholeBook() ? SORTED.get(book, measure, this::sortedValues) : sortedValues();
        if (measure == Measure.TOP_SHARE) {
            QuestionPlan.Top top = plan.top();
            int k = top.percent()
                    ? (int) Math.ceil(valueCount * top.value() / 100)
                    : (int) Math.min(top.value(), valueCount);
            double all = 0;
            double best = 0;
            for (int i = 0; i < valueCount; i++) {
                all += sorted[i];
                if (i >= valueCount - k) {
                    best += sorted[i];
                }
            }
            return all == 0 ? Double.NaN : best / all;
        }
        return PlanExecutor.quantile(sorted, valueCount, plan.effectiveStat().percentile() / 100.0);
    }

    private double[] sortedValues() {
        double[] sorted = Arrays.copyOf(values, valueCount);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Everyone, all time: the sorted values are the same for every such question, so they are kept. */
    private boolean wholeBook() {
        return plan.filters().isEmpty()
                && plan.customerId() == null
                && from == Integer.MIN_VALUE
                && to == Integer.MAX_VALUE
                && measure != Measure.DAYS_BETWEEN_ORDERS;
    }

    /** Sorted spends and order values of whole books, per book (weakly held: a dropped book frees them). */
    private static final SortedCache SORTED = new SortedCache();

    private static final class SortedCache {
        private final java.util.Map<String[], java.util.Map<Measure, double[]>> byBook = new java.util.WeakHashMap<>();

        synchronized double[] get(OrderBook book, Measure measure, java.util.function.Supplier<double[]> sort) {
            Measure key = measure == Measure.TOP_SHARE ? Measure.SPEND : measure;
            return byBook.computeIfAbsent(book.ids(), k -> new java.util.EnumMap<>(Measure.class))
                    .computeIfAbsent(key, k -> sort.get());
        }
    }

    private Tally group(int index) {
        if (groups[index] == null) {
            groups[index] = new Tally();
        }
        return groups[index];
    }

    private int customerGroup(int c) {
        return switch (plan.grouping()) {
            case SEGMENT -> book.rfm()[c];
            case CLUSTER -> book.cluster()[c];
            case TIER -> book.tier()[c];
            case CHURN -> book.churn()[c];
            default -> throw new IllegalStateException("not a customer grouping: " + plan.grouping());
        };
    }

    private int groupCount(QuestionPlan.Grouping g) {
        return switch (g) {
            case SEGMENT -> book.rfmLabels().size();
            case CLUSTER -> Arrays.stream(book.cluster()).max().orElse(-1) + 1;
            case TIER -> OrderBook.TIERS.size();
            case CHURN -> OrderBook.BANDS.size();
            case MONTH, QUARTER -> Math.max(1, period(lastOrderDay()) - periodBase + 1);
        };
    }

    /** The breakdown in display order; empty groups left out. */
    List<PlanResult.Group> groups() {
        List<PlanResult.Group> out = new ArrayList<>();
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] != null) {
                out.add(new PlanResult.Group(groupKey(i), groups[i]));
            }
        }
        if (plan.grouping() == QuestionPlan.Grouping.SEGMENT) {
            out.sort((a, b) -> Double.compare(b.tally().revenue, a.tally().revenue));
        }
        return out;
    }

    private String groupKey(int i) {
        return switch (plan.grouping()) {
            case SEGMENT -> book.rfmLabels().get(i);
            case CLUSTER -> Integer.toString(i);
            case TIER -> OrderBook.TIERS.get(i);
            case CHURN -> OrderBook.BANDS.get(i);
            case MONTH -> {
                int m = i + periodBase;
                yield String.format("%04d-%02d", m / 12, m % 12 + 1);
            }
            case QUARTER -> {
                int q = i + periodBase;
                yield (q / 4) + "-Q" + (q % 4 + 1);
            }
        };
    }

    private int period(int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return plan.grouping() == QuestionPlan.Grouping.QUARTER
                ? d.getYear() * 4 + (d.getMonthValue() - 1) / 3
                : d.getYear() * 12 + d.getMonthValue() - 1;
    }

    private int firstOrderDay() {
        if (from != Integer.MIN_VALUE) {
            return from;
        }
        int min = Integer.MAX_VALUE;
        for (int c = 0; c < book.customers(); c++) {
            min = Math.min(min, Populations.firstDay(book, c));
        }
        return min == Integer.MAX_VALUE ? PlanExecutor.epochDay(book.asOf()) : min;
    }

    private int lastOrderDay() {
        return to != Integer.MAX_VALUE ? to : PlanExecutor.epochDay(book.asOf());
    }
}
