package io.segbot.report;

import io.segbot.mece.DimensionThresholds;
import io.segbot.mece.FoldReport;
import io.segbot.mece.Lift;
import io.segbot.mece.MeceRun;
import io.segbot.mece.ResolvedTier;
import io.segbot.mece.SegmentScore;
import io.segbot.mece.Threshold;
import io.segbot.report.TextTable.Column;
import java.util.List;
import java.util.Locale;

/** A MECE run for people: universe, thresholds, fold, proof and the ranked segment table. */
public final class MeceText {
    private MeceText() {}

    public static String render(long runId, String source, MeceRun run) {
        StringBuilder out = new StringBuilder();
        out.append("MECE run ")
                .append(runId)
                .append(" on ")
                .append(source)
                .append(": ")
                .append(run.status().toUpperCase(Locale.ROOT))
                .append('\n');
        out.append("universe: ")
                .append(Formats.count(run.universe().universe()))
                .append(" of ")
                .append(Formats.count(run.universe().rows()))
                .append(" users abandoned a cart in ")
                .append(run.universe().windowStart())
                .append(" .. ")
                .append(run.universe().windowEnd())
                .append(" (")
                .append(run.config().windowDays())
                .append(" days, both ends inclusive; ")
                .append(Formats.count(run.universe().beforeWindow()))
                .append(" earlier, ")
                .append(Formats.count(run.universe().afterAsOf()))
                .append(" after the as-of date)\n\n");
        out.append("thresholds (type-7 quantiles of the universe, computed once for this run)\n");
        for (DimensionThresholds dimension : run.thresholds()) {
            out.append("  ")
                    .append(dimension.dimension())
                    .append(" (")
                    .append(dimension.source())
                    .append(rounding(dimension.roundDigits()))
                    .append("): ");
            for (Threshold threshold : dimension.thresholds()) {
                out.append(String.format(
                        Locale.US,
                        "q%.2f = %s -> %s; ",
                        threshold.quantile(),
                        number(threshold.raw()),
                        number(threshold.value())));
            }
            for (ResolvedTier tier : dimension.tiers()) {
                out.append(tier.name()).append(' ').append(tier.interval()).append(", ");
            }
            out.append("Other = missing\n");
        }
        out.append('\n').append(fold(run.fold())).append('\n');
        run.proof().lines().forEach(line -> out.append(line).append('\n'));
        out.append('\n').append(segmentTable(run.segments()).render());
        out.append("\nlift: measured = treatment rate / control rate with 95% Katz CI; estimated = 1 + base_uplift"
                + " x segment / universe conversion potential (an assumption, not a measurement)\n");
        return out.toString();
    }

    static String fold(FoldReport fold) {
        StringBuilder out = new StringBuilder();
        out.append("size rules: min ")
                .append(Formats.count(fold.minSize()))
                .append(" (")
                .append(fold.minSizeSource())
                .append("), max ")
                .append(Formats.count(fold.maxSize()))
                .append(" (")
                .append(fold.maxSizeSource())
                .append(")\n");
        if (fold.folded().isEmpty()) {
            return out.append("folded into ")
                    .append(FoldReport.CATCH_ALL)
                    .append(": none\n")
                    .toString();
        }
        out.append("folded into ")
                .append(FoldReport.CATCH_ALL)
                .append(": ")
                .append(Formats.count(fold.foldedUsers()))
                .append(" users from ")
                .append(fold.folded().size())
                .append(" buckets\n");
        for (FoldReport.FoldedBucket bucket : fold.folded()) {
            out.append("  ")
                    .append(bucket.combo())
                    .append(" (")
                    .append(Formats.count(bucket.size()))
                    .append(", ")
                    .append(bucket.reason())
                    .append(")\n");
        }
        return out.toString();
    }

    public static TextTable segmentTable(List<SegmentScore> segments) {
        TextTable table = new TextTable(List.of(
                Column.number("#"),
                Column.text("segment"),
                Column.text("rule"),
                Column.number("size"),
                Column.number("share"),
                Column.number("conv"),
                Column.number("lift"),
                Column.text("lift method"),
                Column.number("profit"),
                Column.number("strategic"),
                Column.number("overall"),
                Column.text("valid")));
        for (SegmentScore s : segments) {
            table.row(
                    s.rank(),
                    s.segment(),
                    shortRule(s.rule()),
                    Formats.count(s.size()),
                    Double.isNaN(s.sizeShare()) ? "" : Formats.percent(s.sizeShare()),
                    number(s.conversionPotential(), 4),
                    lift(s.lift()),
                    s.lift().method(),
                    number(s.profitability(), 3),
                    number(s.strategicFit(), 3),
                    number(s.overallScore(), 4),
                    s.valid() ? "yes" : "no");
        }
        return table;
    }

    private static String lift(Lift lift) {
        String value = number(lift.value(), 3);
        if (!lift.measured()) {
            return value;
        }
        return value + " [" + number(lift.ciLow(), 2) + ", " + number(lift.ciHigh(), 2) + "] n=" + lift.treated() + "/"
                + lift.control();
    }

    private static String shortRule(String rule) {
        return rule.length() <= 70 ? rule : rule.substring(0, 67) + "...";
    }

    private static String rounding(Integer digits) {
        return digits == null ? ", not rounded" : ", round(x, " + digits + ")";
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "n/a" : value > 0 ? "+inf" : "-inf";
        }
        return new java.math.BigDecimal(String.format(Locale.US, "%.6g", value))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String number(double value, int places) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.US, "%." + places + "f", value);
    }
}
