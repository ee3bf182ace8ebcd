package io.segbot.chat.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tallies of a breakdown: one per segment, cluster, tier or churn band (a customer's group), or
 * one per calendar month or quarter (an order's group). Periods are numbered from the first one of
 * the window (all time: of the first order), with each day's period looked up in a table made once
 * per question rather than computed per order. Confined to one scan.
 */
final class Groups {
    private final OrderBook book;
    private final QuestionPlan.Grouping grouping;
    private final Tally[] tallies;
    private final boolean byPeriod;
    private final int periodBase;
    private final int tableFrom;
    private final int[] periodOfDay;
    private final int[] periodFirstDay;
    private final int[] periodLastDay;

    Groups(OrderBook book, QuestionPlan plan, int from, int to) {
        this.book = book;
        this.grouping = plan.grouping();
        this.byPeriod = grouping == QuestionPlan.Grouping.MONTH || grouping == QuestionPlan.Grouping.QUARTER;
        if (!byPeriod) {
            this.tallies = grouping == null ? new Tally[0] : new Tally[customerGroups()];
            this.periodBase = 0;
            this.tableFrom = 0;
            this.periodOfDay = this.periodFirstDay = this.periodLastDay = new int[0];
            return;
        }
        OrderDays days = BookIndexes.of(book).days(book);
        int asOf = PlanExecutor.epochDay(book.asOf());
        int first = from != Integer.MIN_VALUE ? from : Math.min(days.firstDay, asOf);
        int last = to != Integer.MAX_VALUE ? to : Math.max(days.lastDay, asOf);
        this.periodBase = period(first);
        this.tableFrom = first;
        int periods = period(last) - periodBase + 1;
        this.tallies = new Tally[periods];
        this.periodOfDay = new int[last - first + 1];
        this.periodFirstDay = new int[periods];
        this.periodLastDay = new int[periods];
        Arrays.fill(periodFirstDay, Integer.MAX_VALUE);
        for (int day = first; day <= last; day++) {
            int p = period(day) - periodBase;
            periodOfDay[day - first] = p;
            periodFirstDay[p] = Math.min(periodFirstDay[p], day);
            periodLastDay[p] = day;
        }
    }

    boolean byPeriod() {
        return byPeriod;
    }

    /** A breakdown by the customer's segment, cluster, tier or churn band. */
    boolean byCustomer() {
        return grouping != null && !byPeriod;
    }

    /** The tally of customer c's group, or null without a customer grouping. */
    Tally ofCustomer(int c) {
        if (byPeriod || tallies.length == 0) {
            return null;
        }
        int index =
                switch (grouping) {
                    case SEGMENT -> book.rfm()[c];
                    case CLUSTER -> book.cluster()[c];
                    case TIER -> book.tier()[c];
                    case CHURN -> book.churn()[c];
                    default -> throw new IllegalStateException("not a customer grouping: " + grouping);
                };
        return tally(index);
    }

    /** The period index of an epoch day within the scan (month or quarter grouping only). */
    int periodOf(int day) {
        return periodOfDay[day - tableFrom];
    }

    /** The first and last day of period p that the scan covers (clipped to the window). */
    int periodFirstDay(int p) {
        return periodFirstDay[p];
    }

    int periodLastDay(int p) {
        return periodLastDay[p];
    }

    /** Customer groups of the breakdown (segments, clusters, tiers or bands). */
    int size() {
        return tallies.length;
    }

    void set(int index, Tally tally) {
        tallies[index] = tally;
    }

    Tally tally(int index) {
        if (tallies[index] == null) {
            tallies[index] = new Tally();
        }
        return tallies[index];
    }

    /** The breakdown in display order; empty groups left out. */
    List<PlanResult.Group> list() {
        List<PlanResult.Group> out = new ArrayList<>();
        for (int i = 0; i < tallies.length; i++) {
            if (tallies[i] != null) {
                out.add(new PlanResult.Group(key(i), tallies[i]));
            }
        }
        if (grouping == QuestionPlan.Grouping.SEGMENT) {
            out.sort((a, b) -> Double.compare(b.tally().revenue, a.tally().revenue));
        }
        return out;
    }

    private int customerGroups() {
        return switch (grouping) {
            case SEGMENT -> book.rfmLabels().size();
            case CLUSTER -> Arrays.stream(book.cluster()).max().orElse(-1) + 1;
            case TIER -> OrderBook.TIERS.size();
            case CHURN -> OrderBook.BANDS.size();
            default -> throw new IllegalStateException("not a customer grouping: " + grouping);
        };
    }

    private String key(int i) {
        return switch (grouping) {
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
        return grouping == QuestionPlan.Grouping.QUARTER
                ? d.getYear() * 4 + (d.getMonthValue() - 1) / 3
                : d.getYear() * 12 + d.getMonthValue() - 1;
    }
}
