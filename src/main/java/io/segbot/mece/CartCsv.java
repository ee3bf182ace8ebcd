package io.segbot.mece;

import io.segbot.CsvCells;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The cart-abandoner CSV layout, written with Commons CSV to an {@link Appendable} the caller owns.
 * Missing values are empty fields; AOV has 2 decimals, scores 6, so writing what the generator made
 * and reading it back gives the same doubles. Output depends only on the table: same table → same
 * bytes.
 */
public final class CartCsv {
    public static final List<String> COLUMNS = List.of(
            "user_id",
            "cart_abandoned_date",
            "last_order_date",
            "avg_order_value",
            "sessions_last_30d",
            "num_cart_items",
            "engagement_score",
            "profitability_score");
    public static final List<String> CAMPAIGN_COLUMNS = List.of("converted", "group");

    private CartCsv() {}

    /** The dialect segbot writes CSV in: RFC 4180 (minimal quoting, doubled quotes) with LF line ends. */
    public static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** The header of a cart-abandoner file; the campaign columns only when the table has history. */
    public static List<String> header(boolean campaign) {
        List<String> header = new ArrayList<>(COLUMNS);
        if (campaign) {
            header.addAll(CAMPAIGN_COLUMNS);
        }
        return header;
    }

    /** Writes the header and every row with Commons CSV; flushes, leaves {@code out} open for its owner. */
    public static void write(CartTable table, Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        csv.printRecord(header(table.hasCampaignHistory()));
        DateText dates = new DateText();
        List<String> cells = new ArrayList<>(COLUMNS.size() + CAMPAIGN_COLUMNS.size());
        for (int row = 0; row < table.size(); row++) {
            cells.clear();
            addInputCells(cells, table, row, dates);
            csv.printRecord(cells);
        }
        csv.flush();
    }

    /**
     * Adds the row's input cells in {@link #header} order: the user id neutralised against
     * spreadsheet formulas ({@link CsvCells#text}), numbers in fixed decimals, missing values empty.
     */
    public static void addInputCells(List<String> cells, CartTable table, int row, DateText dates) {
        cells.add(CsvCells.text(table.userIds[row]));
        cells.add(dates.format(table.abandonedDay[row]));
        cells.add(table.lastOrderDay[row] == CartTable.MISSING_DAY ? "" : dates.format(table.lastOrderDay[row]));
        cells.add(fixed(table.avgOrderValue[row], 2));
        cells.add(fixed(table.sessions[row], 0));
        cells.add(fixed(table.cartItems[row], 0));
        cells.add(fixed(table.engagement[row], 6));
        cells.add(fixed(table.profitability[row], 6));
        if (table.hasCampaignHistory()) {
            cells.add(table.converted[row] == CartTable.UNKNOWN ? "" : Integer.toString(table.converted[row]));
            cells.add(
                    table.group[row] == CartTable.UNKNOWN
                            ? ""
                            : table.group[row] == CartTable.TREATMENT ? "treatment" : "control");
        }
    }

    /** A value with exactly {@code decimals} decimals (half-up on the scaled value); NaN → "". */
    public static String fixed(double value, int decimals) {
        StringBuilder text = new StringBuilder(24);
        appendFixed(text, value, decimals);
        return text.toString();
    }

    /** Appends a value with exactly {@code decimals} decimals (half-up on the scaled value); NaN → "". */
    public static void appendFixed(StringBuilder line, double value, int decimals) {
        if (Double.isNaN(value)) {
            return;
        }
        long scale = (long) Math.pow(10, decimals);
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            line.append('-');
            scaled = -scaled;
        }
        line.append(scaled / scale);
        if (decimals > 0) {
            line.append('.');
            String fraction = Long.toString(scaled % scale);
            for (int pad = fraction.length(); pad < decimals; pad++) {
                line.append('0');
            }
            line.append(fraction);
        }
    }

    /** ISO dates of epoch days, cached because a file holds only a few hundred distinct days. */
    public static final class DateText {
        private static final int SPAN = 1 << 13;
        private final String[] cache = new String[SPAN];
        private int base = Integer.MIN_VALUE;

        public String format(int epochDay) {
            if (base == Integer.MIN_VALUE) {
                base = epochDay - SPAN / 2;
            }
            int slot = epochDay - base;
            if (slot < 0 || slot >= SPAN) {
                return LocalDate.ofEpochDay(epochDay).toString();
            }
            String text = cache[slot];
            if (text == null) {
                text = LocalDate.ofEpochDay(epochDay).toString();
                cache[slot] = text;
            }
            return text;
        }
    }
}
