package io.segbot.report;

import io.segbot.AtomicFiles;
import io.segbot.mece.Assignments;
import io.segbot.mece.CartCsv;
import io.segbot.mece.MeceRun;
import io.segbot.mece.SegmentScore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A MECE run's two CSV files: {@value #USERS_FILE} (every universe user: the input columns, one
 * tier column per configured dimension, bucket_combo, final_segment) and {@value #STRATEGY_FILE}
 * (one row per final segment, ranked). Undefined numbers are empty cells; lift_method says whether
 * a lift was measured or estimated.
 */
public final class MeceCsvExport {
    public static final String USERS_FILE = "mock_cart_abandoners.csv";
    public static final String STRATEGY_FILE = "mece_strategy.csv";
    public static final List<String> STRATEGY_COLUMNS = List.of(
            "segment",
            "rule",
            "size",
            "conversion_potential",
            "lift_vs_control",
            "lift_method",
            "size_share",
            "profitability",
            "strategic_fit",
            "overall_score",
            "valid");

    private MeceCsvExport() {}

    /** Writes both files into {@code dir} (created if needed); returns their paths. */
    public static List<Path> write(MeceRun run, Path dir) throws IOException {
        Path users = AtomicFiles.writeText(dir.resolve(USERS_FILE), out -> writeUsers(run, out));
        Path strategy = AtomicFiles.writeText(dir.resolve(STRATEGY_FILE), out -> writeStrategy(run, out));
        return List.of(users, strategy);
    }

    public static void writeUsers(MeceRun run, Appendable out) throws IOException {
        Assignments assignments = run.assignments();
        List<String> header = new ArrayList<>(CartCsv.COLUMNS);
        if (assignments.table().hasCampaignHistory()) {
            header.addAll(CartCsv.CAMPAIGN_COLUMNS);
        }
        header.addAll(assignments.dimensionColumns());
        header.add("bucket_combo");
        header.add("final_segment");
        out.append(String.join(",", header)).append('\n');
        int dimensions = assignments.dimensionColumns().size();
        CartCsv.DateText dates = new CartCsv.DateText();
        StringBuilder line = new StringBuilder(160);
        for (int user = 0; user < assignments.size(); user++) {
            line.setLength(0);
            CartCsv.appendInputColumns(line, assignments.table(), assignments.tableRow(user), dates);
            for (int d = 0; d < dimensions; d++) {
                line.append(',').append(assignments.tierName(user, d));
            }
            line.append(',').append(assignments.combo(user)).append(',');
            line.append(assignments.segment(user)).append('\n');
            out.append(line);
        }
    }

    public static void writeStrategy(MeceRun run, Appendable out) throws IOException {
        out.append(String.join(",", STRATEGY_COLUMNS)).append('\n');
        StringBuilder line = new StringBuilder();
        for (SegmentScore segment : run.segments()) {
            line.setLength(0);
            CartCsv.appendText(line, segment.segment());
            line.append(',');
            CartCsv.appendText(line, segment.rule());
            line.append(',').append(segment.size()).append(',');
            CartCsv.appendFixed(line, segment.conversionPotential(), 6);
            line.append(',');
            CartCsv.appendFixed(line, segment.lift().value(), 4);
            line.append(',').append(segment.lift().method()).append(',');
            CartCsv.appendFixed(line, segment.sizeShare(), 6);
            line.append(',');
            CartCsv.appendFixed(line, segment.profitability(), 6);
            line.append(',');
            CartCsv.appendFixed(line, segment.strategicFit(), 6);
            line.append(',');
            CartCsv.appendFixed(line, segment.overallScore(), 6);
            line.append(',').append(segment.valid()).append('\n');
            out.append(line);
        }
    }
}
