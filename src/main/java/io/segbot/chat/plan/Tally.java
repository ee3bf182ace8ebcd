package io.segbot.chat.plan;

/**
 * Running totals of one population (or one group of it) over one window. Mutable; confined to the
 * scan that fills it, then read only. The CLV, P(alive) and recency sums are filled only for the
 * measures that read them ({@code Scan}); they are 0 otherwise.
 */
public final class Tally {
    /** Customers with an order in the window (all of the population without a window). */
    public long customers;

    public long orders;
    public double revenue;
    /** Customers with two or more orders in the window, and with exactly one. */
    public long repeat;

    public long oneTime;
    /** Days between consecutive orders of one customer, both in the window. */
    public double gapDays;

    public long gaps;
    public double clv;
    public double predictedClv;
    public double pAlive;
    public double recencyDays;
    /** Customers of the population (whether they ordered in the window or not). */
    public long members;
    /** Members in the plan's churn band, for CHURN_SHARE. */
    public long inBand;

    public double largestOrder = Double.NaN;
    public int largestOrderCustomer = -1;
    public int largestOrderDay;
    /** The largest order's customer id (set once the scan is done), or null. */
    public String largestOrderCustomerId;

    public int firstDay = Integer.MAX_VALUE;
    public int lastDay = Integer.MIN_VALUE;

    void order(int customer, int day, double amount) {
        orders++;
        revenue += amount;
        largest(customer, day, amount);
        firstDay = Math.min(firstDay, day);
        lastDay = Math.max(lastDay, day);
    }

    /** A copy to add to (cached tallies stay as they are). */
    Tally copy() {
        Tally t = new Tally();
        t.customers = customers;
        t.orders = orders;
        t.revenue = revenue;
        t.repeat = repeat;
        t.oneTime = oneTime;
        t.gapDays = gapDays;
        t.gaps = gaps;
        t.clv = clv;
        t.predictedClv = predictedClv;
        t.pAlive = pAlive;
        t.recencyDays = recencyDays;
        t.members = members;
        t.inBand = inBand;
        t.largestOrder = largestOrder;
        t.largestOrderCustomer = largestOrderCustomer;
        t.largestOrderDay = largestOrderDay;
        t.largestOrderCustomerId = largestOrderCustomerId;
        t.firstDay = firstDay;
        t.lastDay = lastDay;
        return t;
    }

    /** This tally with {@code inBand} set. */
    Tally withInBand(long members) {
        inBand = members;
        return this;
    }

    /** Adds another population's figures (a disjoint one: customers are counted twice otherwise). */
    void add(Tally other) {
        customers += other.customers;
        orders += other.orders;
        revenue += other.revenue;
        repeat += other.repeat;
        oneTime += other.oneTime;
        gapDays += other.gapDays;
        gaps += other.gaps;
        clv += other.clv;
        predictedClv += other.predictedClv;
        pAlive += other.pAlive;
        recencyDays += other.recencyDays;
        members += other.members;
        inBand += other.inBand;
        if (!Double.isNaN(other.largestOrder)) {
            largest(other.largestOrderCustomer, other.largestOrderDay, other.largestOrder);
        }
        firstDay = Math.min(firstDay, other.firstDay);
        lastDay = Math.max(lastDay, other.lastDay);
    }

    /** An order that may be the largest; ties go to the earlier day, then the earlier customer. */
    void largest(int customer, int day, double amount) {
        if (beats(amount, day, customer, largestOrder, largestOrderDay, largestOrderCustomer)) {
            largestOrder = amount;
            largestOrderCustomer = customer;
            largestOrderDay = day;
        }
    }

    /** Whether an order ranks before the largest so far (NaN: none yet) by {@link #largest}'s rule. */
    static boolean beats(double amount, int day, int customer, double largest, int largestDay, int largestCustomer) {
        return Double.isNaN(largest)
                || amount > largest
                || amount == largest && (day < largestDay || day == largestDay && customer < largestCustomer);
    }

    /** The value of a measure that is a ratio or a count of this tally; NaN when undefined (no customers). */
    public double value(Measure measure, Stat stat) {
        boolean total = stat != null && stat.kind() == Stat.Kind.TOTAL;
        return switch (measure) {
            case CUSTOMERS -> customers;
            case ORDERS -> orders;
            case REVENUE -> revenue;
            case AOV -> ratio(revenue, orders);
            case REVENUE_PER_CUSTOMER -> ratio(revenue, customers);
            case ORDERS_PER_CUSTOMER -> ratio(orders, customers);
            case CLV -> total ? clv : ratio(clv, members);
            case PREDICTED_CLV -> total ? predictedClv : ratio(predictedClv, members);
            case P_ALIVE -> ratio(pAlive, members);
            case RECENCY -> ratio(recencyDays, members);
            case CHURN_SHARE -> ratio(inBand, members);
            case REPEAT_RATE -> ratio(repeat, customers);
            case ONE_TIME_BUYERS -> oneTime;
            case DAYS_BETWEEN_ORDERS -> ratio(gapDays, gaps);
            case LARGEST_ORDER -> largestOrder;
            default -> throw new IllegalArgumentException(measure + " is not read off a tally");
        };
    }

    static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
