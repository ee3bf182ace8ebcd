package io.segbot.chat.plan;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which figure a question asks for, most specific phrasing first: "median order value" is
 * ORDER_VALUE before "order value" is AOV before "orders" is ORDERS.
 */
final class MeasureWords {
    /** A measure and the words that ask for it; {@code specific} ones make a question a plan on their own. */
    private record Rule(Measure measure, Pattern words, boolean specific) {}

    private static final String SHARE = "(share|percent|percentage|%|proportion|fraction|ratio|rate|portion|part)";
    private static final String PEOPLE = "(customers?|people|buyers|clients|users|shoppers|accounts|folks|ones|guys)";

    private static final List<Rule> RULES = List.of(
            rule(
                    Measure.TOP_SHARE,
                    true,
                    "\\btop \\d+(\\.\\d+)? ?(%|percent|pct)|\\b(pareto|80/20|80 20)\\b"
                            + "|\\b(share|percent|%|proportion|how much|portion) of (our |the |total )*(revenue|sales)\\b.*\\btop \\d+"
                            + "|\\btop \\d+ (customers|buyers|clients|accounts)\\b.*\\b(share|percent|%|account for|bring in|brings in|generate|contribute|make up|of (our |the |total )*(revenue|sales))"),
            rule(
                    Measure.LARGEST_ORDER,
                    true,
                    "\\b(largest|biggest|highest|max|maximum|record|top|single biggest|single largest)"
                            + " (single )?(order|purchase|transaction|basket|sale|invoice)s?\\b(?! value)"),
            rule(
                    Measure.ONE_TIME_BUYERS,
                    true,
                    "\\b(one|1|single)[ -]?(time|off|purchase|order) (buyers?|customers?|purchasers?|shoppers?|clients?)\\b"
                            + "|\\bone[ -]and[ -]done\\b|\\bonly (ever )?(ordered|bought|purchased|shopped|buy|order)( from us)? once\\b"
                            + "|\\b(bought|ordered|purchased|buy|order)( from us)? (only )?once\\b|\\bnever (came|come) back\\b"
                            + "|\\bnever (bought|ordered|purchased) again\\b|\\bsingle (purchase|order)\\b"),
            rule(
                    Measure.REPEAT_RATE,
                    true,
                    "\\b(repeat|repurchase|retention|returning customer|reorder) (purchase |customer |buyer |order )?rate\\b"
                            + "|\\b" + SHARE
                            + "\\b.*\\b(come back|came back|comes back|buy again|bought again|order again|ordered again"
                            + "|reorder|repeat|returning|second order|more than once|purchased again)\\b"
                            + "|\\b(come back|buy again|order again)\\b.*\\b" + SHARE + "\\b"),
            rule(
                    Measure.DAYS_BETWEEN_ORDERS,
                    true,
                    "\\b(days|time|gap|interval|period|wait) between (orders|purchases|buys|visits)\\b"
                            + "|\\b(purchase|order|reorder|buying|repurchase) (cycle|interval|gap|cadence|rhythm)\\b|\\binter[ -]?purchase\\b"
                            + "|\\bhow (often|frequently|long)\\b.*\\b(in days|days|reorder|between)\\b|\\breorder\\b.*\\bdays\\b"),
            rule(
                    Measure.ORDER_VALUE,
                    true,
                    "\\b(median|typical middle|\\d{1,2}(st|nd|rd|th) percentile|p\\d{1,2}) (of )?(the )?(order|basket|purchase|transaction) (value|size|amount)s?\\b"
                            + "|\\b(order|basket) values?\\b.*\\b(median|percentile|p\\d{1,2})\\b"),
            rule(
                    Measure.SPEND,
                    true,
                    "\\b(median|\\d{1,2}(st|nd|rd|th) percentile|p\\d{1,2})\\b.*\\b(spend|spent|spending|revenue per customer|customer value|lifetime spend|value per customer)\\b"
                            + "|\\b(spend|spending)\\b.*\\b(median|percentile|p\\d{1,2})\\b"),
            rule(
                    Measure.RECENCY,
                    true,
                    "\\b(average|avg|mean|typical) (days since|recency|time since)\\b|\\bdays since (their |the )?last\\b"
                            + "|\\bhow long (has it been )?since\\b"),
            rule(
                    Measure.FIRST_ORDER,
                    true,
                    "\\b(first|earliest|very first|oldest) (order|purchase|sale|transaction|buy)\\b"
                            + "|\\bwhen did .*\\b(start|begin) (buying|ordering|purchasing|shopping)\\b|\\bfirst (ordered|bought|purchased)\\b"),
            rule(
                    Measure.LAST_ORDER,
                    true,
                    "\\b(last|latest|most recent|newest) (order|purchase|sale|transaction|buy)\\b"
                            + "|\\blast (ordered|bought|purchased|shopped|buy|order|purchase)\\b|\\bwhen did .*\\blast\\b"),
            rule(
                    Measure.P_ALIVE,
                    true,
                    "\\bp ?\\(? ?alive\\b|\\bpalive\\b|\\bprobability (of )?(being )?(alive|active)\\b"
                            + "|\\b(likely|likelihood|chance|odds|probability)\\b.*\\b(still )?(alive|active)\\b"),
            rule(
                    Measure.CHURN_SHARE,
                    true,
                    "\\b" + SHARE
                            + "\\b.*\\b(churn|churning|at (high |medium |low )?risk|likely to (churn|leave)|leaving|high risk|medium risk|low risk)\\b"
                            + "|\\b(churn|churning|risk)\\b.*\\b(share|percent|percentage|proportion|%)\\b|\\bchurn rate\\b"),
            rule(
                    Measure.PREDICTED_CLV,
                    false,
                    "\\b(predicted|expected|forecast|projected|future|model|bg ?nbd|probabilistic)"
                            + " (clv|ltv|lifetime value|customer lifetime value|customer value|value)\\b"),
            rule(Measure.CLV, false, "\\b(clv|ltv|cltv|lifetime value|customer lifetime value|lifetime worth)\\b"),
            rule(
                    Measure.AOV,
                    false,
                    "\\baov\\b|\\b(average|avg|mean|typical) (order|basket|purchase|transaction|cart|ticket) (value|size|amount|total)?\\b"
                            + "|\\bbasket size\\b|\\border value\\b|\\bvalue per order\\b|\\b(revenue|spend|sales) per order\\b"),
            rule(
                    Measure.REVENUE_PER_CUSTOMER,
                    false,
                    "\\b(revenue|spend|spending|sales|value|money) per (customer|client|buyer|head|person|user)\\b"
                            + "|\\barpu\\b|\\barpc\\b|\\b(average|avg|mean|typical) (customer )?(spend|spending|spent)\\b"
                            + "|\\bhow much does (a|an|the|each|the average|an average|our average) (typical )?(customer|buyer|client) spend\\b"
                            + "|\\b(average|avg|mean) (revenue|sales|value) (of |from )?(a |each |per )?(customer|client)\\b"),
            rule(
                    Measure.ORDERS_PER_CUSTOMER,
                    false,
                    "\\b(orders|purchases|transactions) per (customer|client|buyer|head|person)\\b"
                            + "|\\b(average|avg|mean) (number of )?(orders|purchases)\\b|\\bhow many (orders|purchases) does (a|an|the|each) (average |typical )?(customer|buyer)"
                            + "|\\bon average how many (orders|purchases)\\b|\\bpurchase frequency\\b"),
            rule(
                    Measure.CUSTOMERS,
                    false,
                    "\\b(how many|number of|count of|no of|#|headcount|total)\\b.*\\b" + PEOPLE + "\\b" + "|\\b"
                            + PEOPLE
                            + " count\\b|\\bhow many (of them|of those|are there|do we have)\\b|\\bhow many\\b(?!.*\\b(orders|purchases|transactions)\\b)"),
            rule(
                    Measure.ORDERS,
                    false,
                    "\\b(orders|purchases|transactions|invoices|order count|order volume|baskets)\\b|\\bhow many times\\b"),
            rule(
                    Measure.REVENUE,
                    false,
                    "\\b(revenue|revenues|sales|turnover|income|gmv|takings|money|bookings|top ?line)\\b"
                            + "|\\b(made|make|earn|earned|bring in|brought in|generate|generated|bank|banked|spend|spent|spending)\\b|\\bhow much\\b"));

    private MeasureWords() {}

    private static Rule rule(Measure measure, boolean specific, String regex) {
        return new Rule(measure, Pattern.compile(regex), specific);
    }

    /** A measure found in the text. */
    record Found(Measure measure, boolean specific, int at) {}

    /** The most specific measure the text names. */
    static Optional<Found> find(String text) {
        for (Rule rule : RULES) {
            Matcher m = rule.words().matcher(text);
            if (m.find()) {
                return Optional.of(new Found(rule.measure(), rule.specific(), m.start()));
            }
        }
        return Optional.empty();
    }

    /** How many different general measures the text names ("revenue and average CLV": two). */
    static int generalCount(String text) {
        boolean[] used = new boolean[text.length()];
        java.util.Set<Measure> found = java.util.EnumSet.noneOf(Measure.class);
        for (Rule rule : RULES) {
            Matcher m = rule.words().matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end() && free; i++) {
                    free = !used[i];
                }
                if (free) {
                    java.util.Arrays.fill(used, m.start(), m.end(), true);
                    found.add(rule.measure());
                }
            }
        }
        return found.size();
    }

    private static final Pattern PERCENTILE =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th) percentile\\b|\\bp(\\d{1,2})\\b");
    private static final Pattern TOTAL =
            Pattern.compile("\\b(total|sum|overall|all together|altogether|combined|in all)\\b");
    private static final Pattern MEDIAN = Pattern.compile("\\bmedian\\b");

    /** The statistic named for {@code measure}, or null for its default. */
    static Stat stat(String text, Measure measure) {
        boolean ranked =
                measure == Measure.SPEND || measure == Measure.ORDER_VALUE || measure == Measure.DAYS_BETWEEN_ORDERS;
        if (ranked) {
            Matcher p = PERCENTILE.matcher(text);
            if (p.find()) {
                int value = Integer.parseInt(p.group(1) != null ? p.group(1) : p.group(2));
                return value >= 1 && value <= 99 ? Stat.percentile(value) : null;
            }
            if (MEDIAN.matcher(text).find()) {
                return Stat.MEDIAN;
            }
            return measure == Measure.DAYS_BETWEEN_ORDERS ? null : Stat.MEDIAN;
        }
        if ((measure == Measure.CLV || measure == Measure.PREDICTED_CLV)
                && TOTAL.matcher(text).find()) {
            return Stat.TOTAL;
        }
        return null;
    }
}
