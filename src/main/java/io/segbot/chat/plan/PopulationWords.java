package io.segbot.chat.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Population words other than segment names: churn bands, value tiers, spend and order thresholds, new / active / lapsed. */
final class PopulationWords {
    private static final Pattern CHURN_HIGH = Pattern.compile("\\b(likely to (churn|leave|lapse)|about to (churn|leave)"
            + "|going to (churn|leave)|at risk of (churning|churn|leaving|lapsing)|high[ -](churn[ -])?risk|high churn"
            + "|at high risk|churning|churn risk|risk of churn|flight risk)\\b");
    private static final Pattern CHURN_BAND = Pattern.compile("\\b(low|medium|mid|moderate)[ -](churn[ -])?risk\\b"
            + "|\\bat (low|medium|moderate) risk\\b|\\b(low|medium) churn\\b");
    private static final Pattern TIER = Pattern.compile("\\b(premium|high|medium|mid|low)[ -](value )?tier\\b"
            + "|\\btier (premium|high|medium|low)\\b|\\bpremium (customers|clients|buyers|tier|ones)\\b");
    private static final String AMOUNT = "\\$? ?(\\d[\\d,]*(?:\\.\\d+)?) ?(k|grand|dollars|usd|bucks)?";
    private static final Pattern SPEND =
            Pattern.compile("\\b(spent|spend|spending|spends|worth|value of|revenue of|ltv of|lifetime spend)"
                    + " (of |with )?(over|above|more than|greater than|at least|under|below|less than|at most|no more than|>=|>|<=|<|exactly)? ?"
                    + AMOUNT + "(?! orders)");
    private static final Pattern SPEND_AFTER =
            Pattern.compile("\\b(over|above|more than|at least|under|below|less than) " + AMOUNT
                    + " (in )?(lifetime )?(spend|spent|revenue|value|total)\\b");
    private static final Pattern ORDERS = Pattern.compile(
            "\\b(?:(at least|more than|over|fewer than|less than|under|exactly|only|just) )?"
                    + "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)(\\+| or more| or fewer| or less| plus)? (orders?|purchases?)\\b");
    private static final Pattern REPEAT_PEOPLE =
            Pattern.compile("\\b(repeat|returning) (customers|buyers|purchasers|shoppers|clients)\\b");
    private static final Pattern NEW = Pattern.compile(
            "\\b(new|brand new|first[ -]time|newly acquired) (customers|buyers|clients|shoppers|accounts)\\b"
                    + "|\\b(acquired|acquire|gained|gain|won|signed up|onboarded|got) (any |many |how many )?(new )?(customers|buyers|clients)\\b");
    private static final Pattern LAPSED =
            Pattern.compile("\\b(lapsed|churned|lost|inactive|dormant|gone quiet|stopped buying)\\b");
    private static final Pattern ACTIVE = Pattern.compile("\\bactive (customers|buyers|clients|shoppers|accounts)\\b");

    private PopulationWords() {}

    /** Churn band named, or null. */
    static String churnBand(String text) {
        Matcher band = CHURN_BAND.matcher(text);
        if (band.find()) {
            String word = band.group(1) != null ? band.group(1) : band.group(3) != null ? band.group(3) : band.group(4);
            return word.equals("low") ? "Low" : "Medium";
        }
        return CHURN_HIGH.matcher(text).find() ? "High" : null;
    }

    /** "at risk of churning" speaks of churn, not of the At Risk segment. */
    static boolean meansChurnNotSegment(String text) {
        return Pattern.compile("\\bat (high |medium |low )?risk of\\b|\\bat (high|medium|low) risk\\b")
                .matcher(text)
                .find();
    }

    static String tier(String text) {
        Matcher m = TIER.matcher(text);
        if (!m.find()) {
            return null;
        }
        String word = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : "premium";
        return switch (word) {
            case "premium" -> "Premium";
            case "high" -> "High";
            case "medium", "mid" -> "Medium";
            default -> "Low";
        };
    }

    static List<Filter.Threshold> thresholds(String text) {
        List<Filter.Threshold> out = new ArrayList<>();
        Matcher spend = SPEND.matcher(text);
        if (spend.find() && spend.group(3) != null) {
            out.add(new Filter.Threshold(
                    Filter.Threshold.Field.SPEND, op(spend.group(3)), amount(spend.group(4), spend.group(5))));
        } else {
            Matcher after = SPEND_AFTER.matcher(text);
            if (after.find()) {
                out.add(new Filter.Threshold(
                        Filter.Threshold.Field.SPEND, op(after.group(1)), amount(after.group(2), after.group(3))));
            }
        }
        Matcher orders = ORDERS.matcher(text);
        if (orders.find() && (orders.group(1) != null || orders.group(3) != null)) {
            int n = TimeWindows.count(orders.group(2).equals("one") ? "1" : orders.group(2));
            Filter.Threshold.Op op = orders.group(3) != null
                    ? orders.group(3).contains("fewer") || orders.group(3).contains("less")
                            ? Filter.Threshold.Op.AT_MOST
                            : Filter.Threshold.Op.AT_LEAST
                    : op(orders.group(1));
            out.add(new Filter.Threshold(Filter.Threshold.Field.ORDERS, op, n));
        } else if (REPEAT_PEOPLE.matcher(text).find()) {
            out.add(new Filter.Threshold(Filter.Threshold.Field.ORDERS, Filter.Threshold.Op.AT_LEAST, 2));
        }
        return out;
    }

    /** The text without its threshold phrases, so "more than 10 orders" does not read as asking for orders. */
    static String withoutThresholds(String text) {
        String out = text;
        for (Pattern p : List.of(SPEND, SPEND_AFTER)) {
            out = p.matcher(out)
                    .replaceAll(m -> m.group().matches(".*\\d.*")
                                    && !m.group()
                                            .matches(
                                                    "^(spent|spend|spending|spends|worth|value of|revenue of|ltv of|lifetime spend) \\$? ?\\d.*")
                            ? " "
                            : m.group());
        }
        Matcher orders = ORDERS.matcher(out);
        StringBuilder b = new StringBuilder();
        while (orders.find()) {
            orders.appendReplacement(
                    b,
                    orders.group(1) != null || orders.group(3) != null
                            ? " "
                            : Matcher.quoteReplacement(orders.group()));
        }
        orders.appendTail(b);
        out = REPEAT_PEOPLE.matcher(b.toString()).replaceAll(" customers ");
        return out;
    }

    private static Filter.Threshold.Op op(String words) {
        return switch (words) {
            case "at least", ">=" -> Filter.Threshold.Op.AT_LEAST;
            case "over", "above", "more than", "greater than", ">" -> Filter.Threshold.Op.MORE_THAN;
            case "at most", "no more than", "<=" -> Filter.Threshold.Op.AT_MOST;
            case "exactly", "only", "just" -> Filter.Threshold.Op.EXACTLY;
            default -> Filter.Threshold.Op.LESS_THAN;
        };
    }

    private static double amount(String digits, String unit) {
        double value = Double.parseDouble(digits.replace(",", ""));
        return unit != null && (unit.equals("k") || unit.equals("grand")) ? value * 1000 : value;
    }

    /** NEW, LAPSED or ACTIVE, when the text names a stage of the customer life. */
    static Filter.Lifecycle.Stage stage(String text) {
        if (NEW.matcher(text).find()) {
            return Filter.Lifecycle.Stage.NEW;
        }
        if (LAPSED.matcher(text).find()) {
            return Filter.Lifecycle.Stage.LAPSED;
        }
        return ACTIVE.matcher(text).find() ? Filter.Lifecycle.Stage.ACTIVE : null;
    }
}
