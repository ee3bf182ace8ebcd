package io.segbot.chat.plan;

import java.util.Arrays;
import java.util.List;

/**
 * One pass over a population and its orders in a window, filling tallies. Figures that do not need
 * single orders come from the run's per-customer columns; the others from the window's orders, read
 * by day from {@link OrderDays} when the population is large (only the window's orders are visited)
 * or customer by customer when it is small (one customer, a small segment). Both ways give the same
 * tallies ({@code ScanPathsTest}). Confined to one call.
 */
final class Scan {
    /** A population this small is read customer by customer: cheaper than the window's orders. */
    private static final int MEMBER_COST = 8;

    final OrderBook book;
    final QuestionPlan plan;
    final Measure measure;
    final int from;
    final int to;
    private final DateRange window;
    /** The window's single orders are read (else every figure comes from per-customer columns). */
    final boolean useOrders;
    /** First, last and largest orders and gaps come from per-customer columns (all time). */
    private final OrderDays lifetimeOrders;

    final byte band;
    final Groups groups;
    final Values values;
    final boolean lapsed;
    private final boolean everyone;
    /** The population's filters, less those the window itself answers (see {@link #cohort}, {@link #activeInWindow}). */
    private final List<Filter> filters;
    /** "New customers in the window": read from {@link Cohorts}, the NEW filter left out of the mask. */
    private final boolean cohort;
    /**
     * "Active customers in the window" when no figure of inactive members is asked (CLV sums, churn
     * band): the window's orders already leave them out, so the filter is dropped and the members
     * are the customers who ordered.
     */
    private final boolean activeInWindow;
    /** CLV, P(alive) and recency sums are read only for the measures that use them (memory bandwidth). */
    private final boolean customerValues;
    /** How a window's orders are read: from the day index's sums (everyone), by day, or by customer. */
    enum Path {
        SUMS,
        DAYS,
        CUSTOMERS
    }

    /** Null: the cheapest way that can answer; DAYS or CUSTOMERS force one (tests compare them). */
    private final Path forced;

    /**
     * @param filters the population's filters (the plan's, or its comparison's)
     * @param forced null to read the window the cheapest way; DAYS or CUSTOMERS force one (tests)
     */
    Scan(OrderBook book, QuestionPlan plan, Measure measure, DateRange window, List<Filter> filters, Path forced) {
        this.book = book;
        this.window = window;
        this.forced = forced;
        this.plan = plan;
        this.measure = measure;
        this.from = window == null ? Integer.MIN_VALUE : PlanExecutor.epochDay(window.from());
        this.to = window == null ? Integer.MAX_VALUE : PlanExecutor.epochDay(window.to());
        this.customerValues = switch (measure) {
            case CLV, PREDICTED_CLV, P_ALIVE, RECENCY -> true;
            default -> false;
        };
        this.band = (byte) (plan.band() == null ? -1 : OrderBook.BANDS.indexOf(plan.band()));
        this.groups = new Groups(book, plan, from, to);
        Filter fresh = new Filter.Lifecycle(Filter.Lifecycle.Stage.NEW);
        Filter active = new Filter.Lifecycle(Filter.Lifecycle.Stage.ACTIVE);
        // a forced path is compared with the others in tests; a breakdown of new customers by
        // period counts each in the period of its first order, which only the cohorts do
        this.cohort =
                window != null && book.hasOrders() && filters.contains(fresh) && (forced == null || groups.byPeriod());
        this.activeInWindow = window != null
                && forced == null
                && !customerValues
                && band < 0
                && !groups.byCustomer()
                && filters.contains(active);
        this.filters = filters.stream()
                .filter(f -> !(cohort && f.equals(fresh)) && !(activeInWindow && f.equals(active)))
                .toList();
        this.everyone = this.filters.isEmpty() && plan.customerId() == null;
        this.values = new Values(book, plan, measure, wholeBook());
        this.useOrders = window != null || groups.byPeriod() || values.orderValues() || values.gaps();
        this.lifetimeOrders = !useOrders
                        && book.hasOrders()
                        && switch (measure) {
                            case LARGEST_ORDER, FIRST_ORDER, LAST_ORDER, DAYS_BETWEEN_ORDERS -> true;
                            default -> false;
                        }
                ? BookIndexes.of(book).days(book)
                : null;
        this.lapsed = filters.stream()
                .anyMatch(f -> f instanceof Filter.Lifecycle l && l.stage() == Filter.Lifecycle.Stage.LAPSED);
    }

    /**
     * The population as a mask over customers (null for everyone), by the filters this scan tests
     * customer by customer.
     *
     * @param only a single customer's index, or -1 for all
     */
    boolean[] population(int only) {
        return Populations.mask(filters, window, book, only);
    }

    /** @param population which customers count ({@link #population}), null for everyone */
    Tally run(boolean[] population) {
        if (cohort) {
            return new CohortPass(this, BookIndexes.of(book).cohorts(book), population).run();
        }
        Tally total = runByCustomerOrDay(population);
        if (activeInWindow) { // the members are those who ordered in the window (so are a period's)
            total.members = total.customers;
        }
        return total;
    }

    private Tally runByCustomerOrDay(boolean[] population) {
        Tally total;
        int[] members = null;
        int count = 0;
        Tally precomputed = precomputed();
        if (precomputed != null) {
            total = precomputed;
            count = (int) total.members;
        } else if (everyone && !groups.byCustomer()) {
            // everyone's customer figures do not depend on the question: computed once per book
            String key = "everyone band " + band + (useOrders ? "" : " lifetime")
                    + (lifetimeOrders != null ? " orders" : "") + (customerValues ? " values" : "");
            total = BookIndexes.of(book)
                    .tally(key, () -> customers(null, false).total)
                    .copy();
            count = book.customers();
        } else {
            Members found = customers(population, !everyone);
            total = found.total;
            members = found.indexes;
            count = found.count;
        }
        // customers lapsed in a window ordered before it and not in it: it holds none of their orders
        boolean noOrdersInWindow = lapsed && from != Integer.MIN_VALUE;
        if (useOrders && !noOrdersInWindow) {
            OrderDays days = BookIndexes.of(book).days(book);
            switch (path(days, count)) {
                case SUMS -> sums(total, days);
                case DAYS -> new DayPass(this, days, population).run(total);
                case CUSTOMERS -> {
                    for (int m = 0; m < count; m++) {
                        int c = everyone ? m : members[m];
                        CustomerPass.orders(this, total, groups.ofCustomer(c), c);
                    }
                }
            }
        }
        if (lapsed) {
            total.customers = total.members;
        }
        return total;
    }

    /**
     * Lifetime figures of one segment, cluster, tier or churn band, or everyone's broken down by
     * one, from the per-book {@link AttributeTallies}; null when the question needs more (a window,
     * single orders, several filters, a spend distribution).
     */
    private Tally precomputed() {
        if (useOrders || values.spends() || plan.customerId() != null || forced != null) {
            return null; // a forced path computes everything (ScanPathsTest compares it with these)
        }
        AttributeTallies attributes = BookIndexes.of(book).attributes(book);
        if (everyone && groups.byCustomer()) {
            AttributeTallies.Family family =
                    AttributeTallies.Family.valueOf(plan.grouping().name());
            for (int v = 0; v < groups.size(); v++) {
                Tally group = attributes.of(family, v, band);
                if (group != null) {
                    groups.set(v, trimmed(group));
                }
            }
            return trimmed(BookIndexes.of(book)
                    .tally("everyone all", () -> everyone(attributes))
                    .copy()
                    .withInBand(countInBand(attributes)));
        }
        if (filters.size() != 1 || groups.byCustomer() || everyone) {
            return null;
        }
        Filter filter = filters.get(0);
        AttributeTallies.Family family;
        int value;
        if (filter instanceof Filter.Segment s && io.segbot.analytics.SegmentFamily.CLUSTER.matches(s.family())) {
            family = AttributeTallies.Family.CLUSTER;
            value = Integer.parseInt(s.key());
        } else if (filter instanceof Filter.Segment s) {
            family = AttributeTallies.Family.SEGMENT;
            value = book.rfmLabels().indexOf(s.key());
        } else if (filter instanceof Filter.ChurnBand b) {
            family = AttributeTallies.Family.CHURN;
            value = OrderBook.BANDS.indexOf(b.band());
        } else if (filter instanceof Filter.Tier t) {
            family = AttributeTallies.Family.TIER;
            value = OrderBook.TIERS.indexOf(t.tier());
        } else {
            return null;
        }
        Tally found = attributes.of(family, value, band);
        return found != null ? trimmed(found) : new Tally();
    }

    /** A precomputed tally holds every figure; keep only those this question's scan would fill. */
    private Tally trimmed(Tally t) {
        if (!customerValues) {
            t.clv = 0;
            t.predictedClv = 0;
            t.pAlive = 0;
            t.recencyDays = 0;
        }
        if (lifetimeOrders == null) {
            t.firstDay = Integer.MAX_VALUE;
            t.lastDay = Integer.MIN_VALUE;
            t.gaps = 0;
            t.gapDays = 0;
            t.largestOrder = Double.NaN;
            t.largestOrderCustomer = -1;
            t.largestOrderDay = 0;
        }
        return t;
    }

    /** Everyone's figures as the sum of the churn bands' (each customer is in exactly one). */
    private static Tally everyone(AttributeTallies attributes) {
        Tally all = new Tally();
        for (int b = 0; b < OrderBook.BANDS.size(); b++) {
            Tally one = attributes.of(AttributeTallies.Family.CHURN, b, -1);
            if (one != null) {
                all.add(one);
            }
        }
        return all;
    }

    private long countInBand(AttributeTallies attributes) {
        Tally inBand = band < 0 ? null : attributes.of(AttributeTallies.Family.CHURN, band, band);
        return inBand == null ? 0 : inBand.inBand;
    }

    /** How a window's orders are read: forced (tests), else the cheapest that can answer. */
    private Path path(OrderDays days, int count) {
        boolean sums = everyone && !groups.byCustomer();
        if (forced == Path.CUSTOMERS || forced == Path.DAYS) {
            return forced;
        }
        if (sums) {
            return Path.SUMS;
        }
        long windowOrders = (long) days.endOf(to) - days.startOf(from);
        return everyone || (long) count * MEMBER_COST >= windowOrders ? Path.DAYS : Path.CUSTOMERS;
    }

    /** Everyone's window (or each period of it) from the day index's sums. */
    private void sums(Tally total, OrderDays days) {
        days.sum(total, from, to);
        days.distribution(values, from, to, book.customers());
        if (!groups.byPeriod()) {
            return;
        }
        int first = Math.max(from, days.firstDay);
        int last = Math.min(to, days.lastDay);
        for (int day = first; day <= last; ) {
            int p = groups.periodOf(day);
            int end = Math.min(last, groups.periodLastDay(p));
            if (days.endOf(end) > days.startOf(day)) { // periods without an order are left out
                Tally period = groups.tally(p);
                days.sum(period, groups.periodFirstDay(p), end);
                period.members = period.customers;
            }
            day = end + 1;
        }
    }

    /** The population's customer figures, and its members' indexes when {@code keep}. */
    private Members customers(boolean[] population, boolean keep) {
        Members found = new Members();
        int[] members = keep ? new int[Math.min(book.customers(), 1024)] : null;
        for (int c = 0; c < book.customers(); c++) {
            if (population != null && !population[c]) {
                continue;
            }
            if (keep) {
                if (found.count == members.length) {
                    members = Arrays.copyOf(members, Math.min(book.customers(), found.count * 2));
                }
                members[found.count] = c;
            }
            found.count++;
            Tally group = groups.ofCustomer(c);
            member(found.total, c);
            if (group != null) {
                member(group, c);
            }
            if (!useOrders) {
                lifetime(found.total, c);
                if (group != null) {
                    lifetime(group, c);
                }
                if (book.frequency()[c] > 0 && values.spends()) {
                    values.add(book.monetary()[c]);
                }
            }
        }
        found.indexes = members;
        return found;
    }

    private static final class Members {
        final Tally total = new Tally();
        int[] indexes;
        int count;
    }

    void member(Tally t, int c) {
        t.members++;
        if (customerValues) {
            t.clv += book.clv()[c];
            if (book.pAlive() != null) {
                t.predictedClv += book.predictedClv()[c];
                t.pAlive += book.pAlive()[c];
            }
            t.recencyDays += book.recency()[c];
        }
        if (band >= 0 && book.churn()[c] == band) {
            t.inBand++;
        }
    }

    /** Adds customer c with every figure (CLV sums, lifetime totals, orders when {@code days}), no band. */
    static void addCustomer(Tally t, OrderBook book, int c, OrderDays days) {
        t.members++;
        t.clv += book.clv()[c];
        if (book.pAlive() != null) {
            t.predictedClv += book.predictedClv()[c];
            t.pAlive += book.pAlive()[c];
        }
        t.recencyDays += book.recency()[c];
        int k = book.frequency()[c];
        t.orders += k;
        t.revenue += book.monetary()[c];
        count(t, k);
        if (days != null && book.offsets()[c] < book.offsets()[c + 1]) {
            lifetimeOrders(t, book, c, days);
        }
    }

    private static void lifetimeOrders(Tally t, OrderBook book, int c, OrderDays days) {
        int first = book.orderDay()[book.offsets()[c]];
        int last = book.orderDay()[book.offsets()[c + 1] - 1];
        t.firstDay = Math.min(t.firstDay, first);
        t.lastDay = Math.max(t.lastDay, last);
        t.gaps += book.offsets()[c + 1] - book.offsets()[c] - 1;
        t.gapDays += last - first; // the sum of the gaps between consecutive orders
        t.largest(c, days.largestDay[c], days.largest[c]);
    }

    /** Lifetime totals from the run (also the only figures a customer-level dataset has). */
    private void lifetime(Tally t, int c) {
        int k = book.frequency()[c];
        t.orders += k;
        t.revenue += book.monetary()[c];
        count(t, k);
        if (lifetimeOrders != null && book.offsets()[c] < book.offsets()[c + 1]) {
            lifetimeOrders(t, book, c, lifetimeOrders);
        }
    }

    static void gap(Tally t, int days) {
        t.gapDays += days;
        t.gaps++;
    }

    static void count(Tally t, int k) {
        if (k > 0) {
            t.customers++;
            if (k >= 2) {
                t.repeat++;
            } else {
                t.oneTime++;
            }
        }
    }

    /** Median, percentile or top share of the collected values; NaN when nothing was collected. */
    double distribution() {
        return values.distribution();
    }

    java.util.List<PlanResult.Group> groups() {
        return groups.list();
    }

    /** Everyone, all time: the sorted values are the same for every such question, so they are kept. */
    private boolean wholeBook() {
        return everyone && from == Integer.MIN_VALUE && to == Integer.MAX_VALUE;
    }
}
