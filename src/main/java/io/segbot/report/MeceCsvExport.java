package io.segbot.report;

import io.segbot.AtomicFiles;
import io.segbot.CsvCells;
import io.segbot.mece.Assignments;
import io.segbot.mece.CartCsv;
import io.segbot.mece.MeceRun;
import io.segbot.mece.SegmentScore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

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
        List<String> header = CartCsv.header(assignments.table().hasCampaignHistory());
        header.addAll(assignments.dimensionColumns());
        header.add("bucket_combo");
        header.add("final_segment");
        CSVPrinter csv = new CSVPrinter(out, CartCsv.FORMAT);
        csv.printRecord(header);
        int dimensions = assignments.dimensionColumns().size();
        CartCsv.DateText dates = new CartCsv.DateText();
        List<String> cells = new ArrayList<>(header.size());
        for (int user = 0; user < assignments.size(); user++) {
            cells.clear();
            CartCsv.addInputCells(cells, assignments.table(), assignments.tableRow(user), dates);
            for (int d = 0; d < dimensions; d++) {
                cells.add(CsvCells.text(assignments.tierName(user, d)));
            }
            cells.add(CsvCells.text(assignments.combo(user)));
            cells.add(CsvCells.text(assignments.segment(user)));
            csv.printRecord(cells);
        }
        csv.flush();
    }

    public static void writeStrategy(MeceRun run, Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CartCsv.FORMAT);
        csv.printRecord(STRATEGY_COLUMNS);
        for (SegmentScore segment : run.segments()) {
            csv.printRecord(
                    CsvCells.text(segment.segment()),
                    CsvCells.text(segment.rule()),
                    Integer.toString(segment.size()),
                    CartCsv.fixed(segment.conversionPotential(), 6),
                    CartCsv.fixed(segment.lift().value(), 4),
                    segment.lift().method(),
                    CartCsv.fixed(segment.sizeShare(), 6),
                    CartCsv.fixed(segment.profitability(), 6),
                    CartCsv.fixed(segment.strategicFit(), 6),
                    CartCsv.fixed(segment.overallScore(), 6),
                    Boolean.toString(segment.valid()));
        }
        csv.flush();
    }
}
