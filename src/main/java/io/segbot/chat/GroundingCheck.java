package io.segbot.chat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every number, segment name and date in a reply matches a fact, before it is sent.
 *
 * <p>Tolerance: a number written with {@code d} decimals matches a fact when they differ by at most
 * half a unit of the last written digit ({@code 0.5 × 10^-d}), after scaling: percentages against
 * shares × 100, {@code k}/{@code M} suffixes × 1,000 / 1,000,000 (so "$48k" matches $47,857),
 * "2.8×" against ratios. Currency amounts only match currency facts, percentages only shares,
 * ratios only ratios; plain numbers match counts, days, decimals and currency facts. Dates (ISO
 * {@code 2024-12-31} or "December 31, 2024") must equal a date fact. Any known segment name in the
 * text must be a fact's text, and "cluster N" / "segment N" must name a cluster that is a fact.
 *
 * <p>Not checked, by design: numbers glued to letters (identifiers such as R5, F4-5, Q4, 3rd), list
 * markers at the start of a line ("1. "), and text inside backticks, which must instead equal a
 * fact's text exactly (customer ids and rules are quoted that way).
 */
public final class GroundingCheck {
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*\\d+[.)]\\s");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");
    private static final Pattern LONG_DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}), (\\d{4})\\b");
    private static final Pattern CLUSTER_REF = Pattern.compile("(?i)\\b(?:cluster|segment) #?(\\d+)\\b");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d_.,/])(?<![\\p{L}\\d]-)(-)?(\\$)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?([kKM])?(\\s?%|×|x(?![\\p{L}]))?(?![\\p{L}\\d_])");

    /** What the check found: grounded when nothing is offending. */
    public record Result(boolean grounded, List<String> offending) {
        public Result {
            offending = List.copyOf(offending);
        }
    }

    private GroundingCheck() {}

    /**
     * @param text the reply, without its source line
     * @param facts the facts the reply may quote
     * @param knownSegmentNames every segment name of the run (to catch names the facts do not hold)
     */
    public static Result check(String text, List<Fact> facts, Collection<String> knownSegmentNames) {
        List<String> offending = new ArrayList<>();
        String rest = checkCode(text, facts, offending);
        rest = LIST_MARKER.matcher(rest).replaceAll(" ");
        rest = checkDates(rest, facts, offending);
        rest = checkPeriods(rest, facts, offending);
        rest = checkClusterRefs(rest, facts, offending);
        checkNames(rest, facts, knownSegmentNames, offending);
        checkNumbers(rest, facts, offending);
        return new Result(offending.isEmpty(), offending);
    }

    private static String checkCode(String text, List<Fact> facts, List<String> offending) {
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            String quoted = code.group(1);
            if (facts.stream().noneMatch(f -> quoted.equals(f.text()))) {
                offending.add("`" + quoted + "`");
            }
        }
        return code.replaceAll(" ");
    }

    private static String checkDates(String text, List<Fact> facts, List<String> offending) {
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            if (!hasDate(facts, iso.group())) {
                offending.add(iso.group());
            }
        }
        String rest = iso.replaceAll(" ");
        Matcher long_ = LONG_DATE.matcher(rest);
        while (long_.find()) {
            String iso8601;
            try {
                iso8601 = LocalDate.parse(long_.group(), DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH))
                        .toString();
            } catch (DateTimeParseException e) {
                iso8601 = "invalid";
            }
            if (!hasDate(facts, iso8601)) {
                offending.add(long_.group());
            }
        }
        return long_.replaceAll(" ");
    }

    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{4})\\b");
    private static final Pattern QUARTER_YEAR = Pattern.compile("\\bQ([1-4]) (\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.$/-])\\b((?:19|20)\\d{2})\\b(?![\\d,.%/×-])");

    /**
     * "October 2025" and "Q4 2025" must equal a date fact (2025-10, 2025-Q4); a bare year (1900-2099,
     * as counts are written with separators) must start some date fact, else it stays a number.
     */
    private static String checkPeriods(String text, List<Fact> facts, List<String> offending) {
        Matcher month = MONTH_YEAR.matcher(text);
        while (month.find()) {
            String wanted = java.time.YearMonth.of(
                            Integer.parseInt(month.group(2)),
                            java.time.Month.valueOf(month.group(1).toUpperCase(Locale.ROOT)))
                    .toString();
            if (!hasDate(facts, wanted)) {
                offending.add(month.group());
            }
        }
        String rest = month.replaceAll(" ");
        Matcher quarter = QUARTER_YEAR.matcher(rest);
        while (quarter.find()) {
            if (!hasDate(facts, quarter.group(2) + "-Q" + quarter.group(1))) {
                offending.add(quarter.group());
            }
        }
        rest = quarter.replaceAll(" ");
        Matcher year = YEAR.matcher(rest);
        StringBuilder out = new StringBuilder();
        while (year.find()) {
            String y = year.group(1);
            boolean known = facts.stream()
                    .anyMatch(f -> f.unit() == Fact.Unit.DATE && f.text().startsWith(y));
            year.appendReplacement(out, known ? " " : y);
        }
        year.appendTail(out);
        return out.toString();
    }

    private static boolean hasDate(List<Fact> facts, String iso) {
        return facts.stream()
                .anyMatch(f -> f.unit() == Fact.Unit.DATE && f.text().equals(iso));
    }

    private static String checkClusterRefs(String text, List<Fact> facts, List<String> offending) {
        Matcher ref = CLUSTER_REF.matcher(text);
        while (ref.find()) {
            String wanted = "Cluster " + ref.group(1);
            if (facts.stream().noneMatch(f -> wanted.equalsIgnoreCase(f.text()))) {
                offending.add(ref.group());
            }
        }
        return ref.replaceAll(" ");
    }

    /** Names are matched as written (Title Case), so "at risk of churning" is not the At Risk segment. */
    private static void checkNames(String text, List<Fact> facts, Collection<String> names, List<String> offending) {
        for (String name : names) {
            int at = text.indexOf(name);
            boolean mentioned = at >= 0 && wordBoundary(text, at, at + name.length());
            if (mentioned
                    && facts.stream()
                            .noneMatch(f -> f.text() != null && f.text().equalsIgnoreCase(name))) {
                offending.add(name);
            }
        }
    }

    private static boolean wordBoundary(String text, int from, int to) {
        boolean before = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1));
        boolean after = to == text.length() || !Character.isLetterOrDigit(text.charAt(to));
        return before && after;
    }

    private static void checkNumbers(String text, List<Fact> facts, List<String> offending) {
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            if (!matchesSomeFact(number, facts)) {
                offending.add(number.group().trim());
            }
        }
    }

    private static boolean matchesSomeFact(Matcher m, List<Fact> facts) {
        String decimals = m.group(4) == null ? "" : m.group(4);
        double value = Double.parseDouble(m.group(3).replace(",", "") + (decimals.isEmpty() ? "" : "." + decimals));
        if (m.group(1) != null) {
            value = -value;
        }
        double scale = m.group(5) == null ? 1 : m.group(5).equalsIgnoreCase("k") ? 1_000 : 1_000_000;
        double tolerance = 0.5 * Math.pow(10, -decimals.length()) * scale + 1e-9;
        value *= scale;
        String suffix = m.group(6) == null ? "" : m.group(6).trim();
        boolean currency = m.group(2) != null;
        for (Fact fact : facts) {
            double target;
            switch (fact.unit()) {
                case CURRENCY -> target = suffix.isEmpty() ? fact.value() : Double.NaN;
                case SHARE -> target = suffix.equals("%") && !currency ? fact.value() * 100 : Double.NaN;
                case RATIO -> target =
                        (suffix.equals("×") || suffix.equals("x")) && !currency ? fact.value() : Double.NaN;
                case COUNT, DAYS, DECIMAL -> target = suffix.isEmpty() && !currency ? fact.value() : Double.NaN;
                default -> target = Double.NaN;
            }
            if (Math.abs(target - value) <= tolerance) {
                return true;
            }
        }
        return false;
    }
}
