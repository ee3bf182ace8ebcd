package io.segbot.chat.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question into a {@link QuestionPlan} with rules: the default understanding, with or
 * without a model. Claims a message only when it asks for something a plan answers better than
 * the intent classifier's fixed answers (a window, a customer list, a distribution figure, a
 * figure of one population, missing data, an attempt to instruct segbot); everything else returns
 * empty and goes to the intents. Pure and thread-safe.
 */
public final class PlanParser {
    private static final Pattern CUSTOMER_NOUN = Pattern.compile(
            "\\b(customers|buyers|spenders|clients|shoppers|accounts|purchasers|people|users|whales)\\b");
    private static final Pattern SUPERLATIVE = Pattern.compile(
            "\\b(top|best|biggest|largest|highest|most|(?<!at )least|lowest" + "|bottom|smallest|worst|fewest)\\b");
    private static final Pattern LIST_SHAPE =
            Pattern.compile("\\b(list|show|name|give|who are|which customers|who is)\\b");
    private static final Pattern LIST_OF_GROUPS = Pattern.compile(
            "\\b(top|best|biggest|largest|smallest|worst|bottom|which|rank"
                    + "|highest|lowest|most|least)( \\d+)? (rfm |value )?(segments?|clusters?|groups?|tiers?|bands?)\\b");
    private static final Pattern GROUP_WORDS = Pattern.compile("\\b(segments?|clusters?|groups?|tiers?|bands?)\\b");
    private static final Pattern COMPARE = Pattern.compile(
            "\\b(vs|versus|compared|compare|comparison|against|than|relative to" + "|difference|differ|over|vs\\.)\\b");
    private static final Pattern FIGURE_SHAPE =
            Pattern.compile("\\b(how many|how much|what|whats|what is|total|number of|count"
                    + "|tell me|show|give|average|avg|mean|our|the)\\b");
    private static final Pattern SEGMENT_RANKING = Pattern.compile(
            "\\b(which|what|top \\d+|rank|ranking|best|worst|most|least"
                    + "|biggest|largest|smallest) (rfm )?(segments?|clusters?|groups?)\\b|\\brank (the )?(segments|clusters)\\b");
    private static final Pattern STRATEGY =
            Pattern.compile("\\b(campaign|campaigns|strategy|strategies|offer|offers|promo"
                    + "|promotion|win ?back|re-?engage|should we|what to do|recommend|ideas?|tactics?|plan for)\\b");
    private static final Pattern CODE_ID = Pattern.compile(
            "(?<![\\w-])(?=[a-z_-]*\\d)(?=[\\d_-]*[a-z])[a-z][a-z0-9_-]{2,}(?![\\w-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_AN_ID = Pattern.compile(
            "q[1-4]|h[12]|p\\d{1,2}|\\d+(st|nd|rd|th|d|w|m|y|k|pm|am|s|x|mo|mos|yrs?|wks?)|ytd|mtd|qtd|covid\\d*|\\d+k\\w*|top\\d+",
            Pattern.CASE_INSENSITIVE);

    private PlanParser() {}

    /**
     * @param message the question as typed (data, never an instruction)
     * @param segments the run segments the message names, in order (resolved by the caller)
     * @param customerId a customer id the entity extractor found, or null
     * @param asOf the run's as-of date; relative windows resolve against it
     */
    public static Optional<QuestionPlan> parse(
            String message, List<Filter.Segment> segments, String customerId, LocalDate asOf) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(asOf, "asOf");
        String capped = message.length() > 1_000 ? message.substring(0, 1_000) : message;
        String text = Words.normalize(capped);
        if (Guard.adversarial(text) || Guard.adversarial(capped.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(QuestionPlan.refuse());
        }
        List<TimeWindows.Found> windows = TimeWindows.find(text, asOf);
        DateRange window = windows.isEmpty() ? null : windows.get(0).range();
        DateRange versusWindow = windows.size() >= 2 && COMPARE.matcher(text).find()
                ? windows.get(1).range()
                : null;
        Optional<Guard.Missing> missing = Guard.missing(text);
        if (missing.isPresent()
                && missing.get().revenueInstead()
                && PRIORITY.matcher(text).find()) {
            return Optional.empty(); // "which segment should we prioritise for ROI": a segment ranking by revenue
        }
        if (missing.isPresent()) {
            return valid(() -> new QuestionPlan(
                    QuestionPlan.Kind.MISSING,
                    missing.get().revenueInstead() ? Measure.REVENUE : null,
                    null,
                    List.of(),
                    null,
                    window,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    missing.get().key()));
        }
        String id = asTyped(message, customerId != null ? customerId : codeId(message));
        Population population = Population.of(text, segments, window);
        String rest = PopulationWords.withoutThresholds(text);
        Optional<MeasureWords.Found> measure = MeasureWords.find(rest);
        Optional<QuestionPlan> list = CustomerLists.parse(text, population, window, measure);
        if (list.isPresent() && id == null) {
            return list;
        }
        if (SEGMENT_RANKING.matcher(text).find() || DESCRIBE.matcher(text).find()) {
            return Optional.empty();
        }
        boolean strategy = STRATEGY.matcher(text).find();
        if (measure.isEmpty()) {
            boolean described = population.filters().stream().anyMatch(f -> !(f instanceof Filter.Segment));
            boolean claim = window != null || grouping(text) != null || described && customerNoun(rest);
            return !claim || strategy || id != null
                    ? Optional.empty()
                    : figure(
                            text,
                            customerNoun(rest) ? Measure.CUSTOMERS : Measure.REVENUE,
                            population,
                            id,
                            window,
                            versusWindow,
                            segments);
        }
        boolean claim = measure.get().specific()
                || window != null
                || id != null
                || !population.filters().isEmpty()
                || grouping(text) != null
                || generalFigure(rest);
        if (!claim || strategy && !measure.get().specific() && window == null) {
            return Optional.empty();
        }
        return figure(text, measure.get().measure(), population, id, window, versusWindow, segments);
    }

    private static final Pattern PRIORITY = Pattern.compile("\\b(which|what) (rfm )?(segment|cluster|group)s?\\b"
            + "|\\bpriorit\\w*|\\bfocus (on)?\\b|\\btarget\\b|\\binvest\\b|\\bmost profitable\\b");
    private static final Pattern DESCRIBE =
            Pattern.compile("\\b(tell me about|describe|profile of|overview|why|what makes|who are the)\\b");

    /** The id as the user typed it (the entity extractor lower-cases); ids are matched ignoring case anyway. */
    private static String asTyped(String message, String id) {
        if (id == null) {
            return null;
        }
        int at = message.toLowerCase(java.util.Locale.ROOT).indexOf(id.toLowerCase(java.util.Locale.ROOT));
        return at < 0 ? id : message.substring(at, at + id.length());
    }

    /**
     * A follow-up ("and last month?", "what about champions?") applied to the previous question's
     * plan: a new window replaces the window, named segments replace the segments. Empty when the
     * message names neither.
     */
    public static Optional<QuestionPlan> followUp(
            QuestionPlan previous, String message, List<Filter.Segment> segments, LocalDate asOf) {
        String text = Words.normalize(message);
        List<TimeWindows.Found> windows = TimeWindows.find(text, asOf);
        if (windows.isEmpty() && segments.isEmpty()) {
            return Optional.empty();
        }
        List<Filter> filters = new ArrayList<>(previous.filters());
        if (!segments.isEmpty()) {
            filters.removeIf(f -> f instanceof Filter.Segment);
            filters.add(0, segments.get(0));
        }
        DateRange window =
                windows.isEmpty() ? previous.window() : windows.get(0).range();
        return valid(() -> new QuestionPlan(
                previous.kind(),
                previous.measure(),
                previous.stat(),
                filters,
                previous.customerId(),
                window,
                previous.grouping(),
                previous.list(),
                previous.top(),
                previous.band(),
                null,
                List.of(),
                previous.missing()));
    }

    /** "what's our total revenue", "average order value?": one general figure, not a segment ranking. */
    private static boolean generalFigure(String text) {
        return MeasureWords.generalCount(text) == 1
                && !GROUP_WORDS.matcher(text).find()
                && FIGURE_SHAPE.matcher(text).find();
    }

    private static Optional<QuestionPlan> figure(
            String text,
            Measure measure,
            Population population,
            String id,
            DateRange window,
            DateRange versusWindow,
            List<Filter.Segment> segments) {
        Measure m = measure == Measure.CUSTOMERS && id != null ? Measure.ORDERS : measure;
        QuestionPlan.Grouping grouping = id != null || !QuestionPlan.groupable(m) ? null : grouping(text);
        if (grouping != null
                && QuestionPlan.customerLevel(m)
                && (grouping == QuestionPlan.Grouping.MONTH || grouping == QuestionPlan.Grouping.QUARTER)) {
            grouping = null;
        }
        List<Filter> filters = new ArrayList<>(population.filters());
        String band = null;
        if (m == Measure.CHURN_SHARE) {
            band = population.band() != null ? population.band() : "High";
            filters.removeIf(f -> f instanceof Filter.ChurnBand);
        }
        List<Filter> versus = List.of();
        if (population.versus() != null && COMPARE.matcher(text).find() && versusWindow == null && grouping == null) {
            filters.removeIf(f -> f.equals(population.versus()));
            versus = List.of(population.versus());
        }
        QuestionPlan.Top top = m == Measure.TOP_SHARE ? top(text) : null;
        if (m == Measure.TOP_SHARE && top == null) {
            return Optional.empty();
        }
        Measure chosen = m;
        String chosenBand = band;
        List<Filter> versusFilters = versus;
        QuestionPlan.Grouping chosenGrouping = grouping;
        return valid(() -> new QuestionPlan(
                QuestionPlan.Kind.FIGURE,
                chosen,
                MeasureWords.stat(text, chosen),
                filters,
                id,
                window,
                chosenGrouping,
                null,
                top,
                chosenBand,
                chosenGrouping == null ? versusWindow : null,
                versusFilters,
                null));
    }

    private static final Pattern TOP_PERCENT = Pattern.compile("\\btop (\\d+(?:\\.\\d+)?) ?(%|percent|pct)");
    private static final Pattern TOP_N = Pattern.compile("\\btop (\\d+)\\b");

    private static QuestionPlan.Top top(String text) {
        Matcher percent = TOP_PERCENT.matcher(text);
        if (percent.find()) {
            return new QuestionPlan.Top(Double.parseDouble(percent.group(1)), true);
        }
        if (text.contains("pareto") || text.contains("80/20") || text.contains("80 20")) {
            return new QuestionPlan.Top(20, true);
        }
        Matcher n = TOP_N.matcher(text);
        return n.find() ? new QuestionPlan.Top(Integer.parseInt(n.group(1)), false) : null;
    }

    private static final List<Object[]> GROUPINGS = List.of(
            new Object[] {
                Pattern.compile(
                        "\\b(by|per|each|every|for each) (calendar )?month\\b|\\bmonthly\\b|\\bmonth by month\\b|\\bmonth over month\\b"),
                QuestionPlan.Grouping.MONTH
            },
            new Object[] {
                Pattern.compile("\\b(by|per|each|every|for each) quarter\\b|\\bquarterly\\b|\\bquarter by quarter\\b"),
                QuestionPlan.Grouping.QUARTER
            },
            new Object[] {
                Pattern.compile("\\b(by|per|each|every|for each|across|split by|broken down by) (value )?tiers?\\b"),
                QuestionPlan.Grouping.TIER
            },
            new Object[] {
                Pattern.compile(
                        "\\b(by|per|each|every|for each|across|split by|broken down by) (churn|risk)( risk)?( band| level)?s?\\b"),
                QuestionPlan.Grouping.CHURN
            },
            new Object[] {
                Pattern.compile("\\b(by|per|each|every|for each|across|split by|broken down by) clusters?\\b"),
                QuestionPlan.Grouping.CLUSTER
            },
            new Object[] {
                Pattern.compile("\\b(by|per|each|every|for each|across|split by|broken down by) (rfm )?segments?\\b"),
                QuestionPlan.Grouping.SEGMENT
            });

    static QuestionPlan.Grouping grouping(String text) {
        for (Object[] g : GROUPINGS) {
            if (((Pattern) g[0]).matcher(text).find()) {
                return (QuestionPlan.Grouping) g[1];
            }
        }
        return null;
    }

    /** A customer id typed as letters and digits (C0042, cust-17), which the intent extractor only takes after "customer". */
    static String codeId(String message) {
        Matcher m = CODE_ID.matcher(message);
        while (m.find()) {
            if (!NOT_AN_ID.matcher(m.group()).matches()) {
                return m.group();
            }
        }
        return null;
    }

    static Optional<QuestionPlan> valid(java.util.function.Supplier<QuestionPlan> plan) {
        try {
            return Optional.of(plan.get());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a reading that does not make a valid plan is left to the intents
        }
    }

    static boolean customerNoun(String text) {
        return CUSTOMER_NOUN.matcher(text).find();
    }

    /** A ranking of customers, not of segments: "top 10 customers", "which champions spend the most". */
    static boolean listShape(String text, boolean segmentNamed) {
        boolean ranked = SUPERLATIVE.matcher(text).find()
                || LIST_SHAPE.matcher(text).find() && customerNoun(text)
                || segmentNamed && text.contains(" which ");
        return ranked && !LIST_OF_GROUPS.matcher(text).find() && (customerNoun(text) || segmentNamed);
    }
}
