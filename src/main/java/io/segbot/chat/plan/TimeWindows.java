package io.segbot.chat.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time windows a question names and resolves them against the data's as-of date (never
 * the wall clock, so an answer about "last month" means the same thing tomorrow). Conventions, as
 * the answers state them:
 *
 * <ul>
 *   <li>"last N days/weeks/months/years" is rolling and ends on the as-of date, like the MECE window
 *       {@code [as-of - (N - 1), as-of]}; "past week/month/year" is the rolling one too.
 *   <li>"last/previous week, month, quarter, year" is the previous calendar period (weeks start on
 *       Monday); "this ..." runs from the period's start to the as-of date (clipped).
 *   <li>A month or quarter without a year is the latest one that started on or before the as-of
 *       date; "since X" runs from X's first day to the as-of date; "between X and Y" from X's first
 *       to Y's last day.
 * </ul>
 */
final class TimeWindows {
    /** A window found in the text, with where it was. */
    record Found(DateRange range, int start, int end) {}

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String NUM = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|twenty|thirty|sixty|ninety)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String DATE = "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}|" + MONTH + " " + DAY
            + "(?: " + YEAR + ")?|" + DAY + " (?:of )?" + MONTH + "(?: " + YEAR + ")?)";
    private static final String PERIOD =
            "(?:" + MONTH + "(?: of)?(?: " + YEAR + ")?|q[1-4](?: of)?(?: " + YEAR + ")?|" + YEAR + ")";
    private static final String POINT = "(?:" + DATE + "|" + PERIOD + ")";

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("sixty", 60),
            Map.entry("ninety", 90));

    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, DateRange> resolve) {}

    private static final List<Rule> RULES = List.of(
            new Rule(
                    Pattern.compile("\\b(?:between|from) (?<a>" + POINT + ") (?:and|to|until|till|through|thru|-) (?<b>"
                            + POINT + ")\\b"),
                    (m, asOf) -> between(point(m.group("a"), asOf), point(m.group("b"), asOf))),
            new Rule(
                    Pattern.compile("\\b(?<w>since|after|starting|from) (?<p>" + POINT + ")(?: onwards?| on)?\\b"),
                    (m, asOf) -> since(m.group("w"), point(m.group("p"), asOf), asOf)),
            new Rule(
                    Pattern.compile("\\b(?:in |over |during |for )?(?:the )?(?:last|past|previous|trailing|prior) "
                            + NUM + " ?(d|days?|w|wks?|weeks?|m|mos?|months?|y|yrs?|years?)\\b"),
                    (m, asOf) -> rolling(count(m.group(1)), m.group(2), asOf)),
            new Rule(
                    Pattern.compile("\\b(?:the )?(past|last|previous|prior|this|current) (week|month|quarter|year)\\b"),
                    (m, asOf) -> named(m.group(1), m.group(2), asOf)),
            new Rule(
                    Pattern.compile("\\b(ytd|mtd|qtd|year to date|month to date|quarter to date|so far this"
                            + " (?:year|month|quarter))\\b"),
                    (m, asOf) -> toDate(m.group(1), asOf)),
            new Rule(Pattern.compile("\\b(yesterday|today)\\b"), (m, asOf) -> day(m.group(1), asOf)),
            new Rule(Pattern.compile("\\b(" + DATE + ")\\b"), (m, asOf) -> point(m.group(1), asOf)),
            new Rule(
                    Pattern.compile("(?<![$\\d.,])\\b(" + PERIOD + ")\\b(?! ?(?:%|customers|orders|dollars|usd|k\\b))"),
                    (m, asOf) -> period(m.group(1), asOf)));

    private TimeWindows() {}

    /** Every window in {@code text} (from {@link Words#normalize}), in order, without overlaps. */
    static List<Found> find(String text, LocalDate asOf) {
        List<Found> all = new ArrayList<>();
        List<int[]> invalid = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.group().startsWith("may") && !mayIsMonth(text, m.start())) {
                    continue;
                }
                DateRange range = resolveOrNull(rule, m, asOf);
                if (range != null) {
                    all.add(new Found(range, m.start(), m.end()));
                } else {
                    invalid.add(new int[] {m.start(), m.end()});
                }
            }
        }
        all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        List<Found> chosen = new ArrayList<>();
        int end = -1;
        for (Found f : all) {
            // "february 30" is no date, and not February either
            boolean inInvalid = invalid.stream().anyMatch(span -> f.start() < span[1] && span[0] < f.end());
            if (f.start() >= end && !inInvalid) {
                chosen.add(f);
                end = f.end();
            }
        }
        return chosen;
    }

    private static DateRange resolveOrNull(Rule rule, Matcher m, LocalDate asOf) {
        try {
            return rule.resolve().apply(m, asOf);
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return null; // "february 30": not a date, so not a window
        }
    }

    /** "may" is a month only after a preposition or before a year ("in may", "may 2025"). */
    private static boolean mayIsMonth(String text, int at) {
        String before = text.substring(0, at).trim();
        return before.matches(".*\\b(in|since|for|of|during|from|between|to|and|vs|until|till|through)$")
                || text.substring(at).matches("may (?:(?:19|20)\\d{2}|\\d{1,2}\\b).*");
    }

    static int count(String word) {
        Integer n = NUMBER_WORDS.get(word);
        int value = n != null ? n : Integer.parseInt(word);
        if (value < 1 || value > 3660) {
            throw new IllegalArgumentException("not a window length: " + word);
        }
        return value;
    }

    private static DateRange rolling(int n, String unit, LocalDate asOf) {
        LocalDate from =
                switch (unit.charAt(0)) {
                    case 'd' -> asOf.minusDays(n - 1L);
                    case 'w' -> asOf.minusDays(7L * n - 1);
                    case 'm' -> asOf.minusMonths(n).plusDays(1);
                    case 'y' -> asOf.minusYears(n).plusDays(1);
                    default -> throw new IllegalArgumentException("unknown unit " + unit);
                };
        return new DateRange(from, asOf, DateRange.Kind.SPAN, false);
    }

    private static DateRange named(String which, String unit, LocalDate asOf) {
        if (which.equals("past")) {
            return unit.equals("quarter") ? rolling(3, "m", asOf) : rolling(1, unit, asOf);
        }
        boolean current = which.equals("this") || which.equals("current");
        return switch (unit) {
            case "week" -> {
                LocalDate monday = asOf.with(DayOfWeek.MONDAY);
                yield current
                        ? new DateRange(monday, asOf, DateRange.Kind.SPAN, true)
                        : new DateRange(monday.minusWeeks(1), monday.minusDays(1), DateRange.Kind.SPAN, false);
            }
            case "month" -> clip(month(current ? asOf : asOf.withDayOfMonth(1).minusMonths(1)), asOf);
            case "quarter" -> clip(quarter(current ? asOf : quarterStart(asOf).minusMonths(3)), asOf);
            case "year" -> clip(year(current ? asOf.getYear() : asOf.getYear() - 1), asOf);
            default -> throw new IllegalArgumentException("unknown period " + unit);
        };
    }

    private static DateRange toDate(String phrase, LocalDate asOf) {
        String unit = phrase.startsWith("y") || phrase.endsWith("year")
                ? "year"
                : phrase.startsWith("q") || phrase.endsWith("quarter") ? "quarter" : "month";
        return named("this", unit, asOf);
    }

    private static DateRange day(String word, LocalDate asOf) {
        LocalDate d = word.equals("today") ? asOf : asOf.minusDays(1);
        return new DateRange(d, d, DateRange.Kind.SPAN, false);
    }

    private static DateRange since(String word, DateRange point, LocalDate asOf) {
        LocalDate from = word.equals("after") ? point.to().plusDays(1) : point.from();
        return new DateRange(from, asOf.isBefore(from) ? from : asOf, DateRange.Kind.SPAN, false);
    }

    private static DateRange between(DateRange a, DateRange b) {
        return new DateRange(a.from(), b.to(), DateRange.Kind.SPAN, false);
    }

    /** A single date or a calendar period (month, quarter, year), clipped at the as-of date. */
    static DateRange point(String text, LocalDate asOf) {
        Matcher period = Pattern.compile(PERIOD).matcher(text);
        if (period.matches()) {
            return period(text, asOf);
        }
        LocalDate d = Dates.parse(text, asOf);
        return new DateRange(d, d, DateRange.Kind.SPAN, false);
    }

    static DateRange period(String text, LocalDate asOf) {
        Matcher year = Pattern.compile("(?:19|20)\\d{2}").matcher(text);
        Integer y = year.find() ? Integer.valueOf(year.group()) : null;
        if (text.matches("(?:19|20)\\d{2}")) {
            return clip(year(y), asOf);
        }
        if (text.startsWith("q") && Character.isDigit(text.charAt(1))) {
            int q = text.charAt(1) - '0';
            LocalDate start = LocalDate.of(y != null ? y : asOf.getYear(), 3 * q - 2, 1);
            if (y == null && start.isAfter(asOf)) {
                start = start.minusYears(1);
            }
            return clip(quarter(start), asOf);
        }
        int m = Dates.month(text.split(" ")[0]);
        LocalDate start = LocalDate.of(y != null ? y : asOf.getYear(), m, 1);
        if (y == null && start.isAfter(asOf)) {
            start = start.minusYears(1);
        }
        return clip(month(start), asOf);
    }

    private static DateRange month(LocalDate any) {
        LocalDate start = any.withDayOfMonth(1);
        return new DateRange(start, start.plusMonths(1).minusDays(1), DateRange.Kind.MONTH, false);
    }

    private static LocalDate quarterStart(LocalDate any) {
        return LocalDate.of(any.getYear(), (any.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static DateRange quarter(LocalDate any) {
        LocalDate start = quarterStart(any);
        return new DateRange(start, start.plusMonths(3).minusDays(1), DateRange.Kind.QUARTER, false);
    }

    private static DateRange year(int y) {
        return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DateRange.Kind.YEAR, false);
    }

    /** Cuts a period that runs past the as-of date at the as-of date ("October 2025 to date"). */
    private static DateRange clip(DateRange r, LocalDate asOf) {
        return !r.from().isAfter(asOf) && r.to().isAfter(asOf) ? new DateRange(r.from(), asOf, r.kind(), true) : r;
    }
}
