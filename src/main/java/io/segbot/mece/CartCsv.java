package io.segbot.mece;

import io.segbot.CsvCells;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The cart-abandoner CSV layout, written as a pure function to an {@link Appendable} the caller owns.
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

    /** Writes the header and every row; the campaign columns only when the table has history. */
    public static void write(CartTable table, Appendable out) throws IOException {
        boolean campaign = table.hasCampaignHistory();
        StringBuilder line = new StringBuilder(128);
        line.append(String.join(",", COLUMNS));
        if (campaign) {
            line.append(',').append(String.join(",", CAMPAIGN_COLUMNS));
        }
        out.append(line).append('\n');
        DateText dates = new DateText();
        for (int row = 0; row < table.size(); row++) {
            line.setLength(0);
            appendInputColumns(line, table, row, dates);
            out.append(line).append('\n');
        }
    }

    /** Appends the row's input columns (no trailing comma or newline). */
    public static void appendInputColumns(StringBuilder line, CartTable table, int row, DateText dates) {
        appendText(line, table.userIds[row]);
        line.append(',').append(dates.format(table.abandonedDay[row])).append(',');
        if (table.lastOrderDay[row] != CartTable.MISSING_DAY) {
            line.append(dates.format(table.lastOrderDay[row]));
        }
        line.append(',');
        appendFixed(line, table.avgOrderValue[row], 2);
        line.append(',');
        appendFixed(line, table.sessions[row], 0);
        line.append(',');
        appendFixed(line, table.cartItems[row], 0);
        line.append(',');
        appendFixed(line, table.engagement[row], 6);
        line.append(',');
        appendFixed(line, table.profitability[row], 6);
        if (table.hasCampaignHistory()) {
            line.append(',');
            if (table.converted[row] != CartTable.UNKNOWN) {
                line.append(table.converted[row]);
            }
            line.append(',');
            if (table.group[row] != CartTable.UNKNOWN) {
                line.append(table.group[row] == CartTable.TREATMENT ? "treatment" : "control");
            }
        }
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

    /**
     * RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes; a text
     * that a spreadsheet would run as a formula is neutralised first ({@link CsvCells#text}).
     */
    public static void appendText(StringBuilder line, String cell) {
        String text = CsvCells.text(cell);
        boolean quote =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        if (!quote) {
            line.append(text);
            return;
        }
        line.append('"').append(text.replace("\"", "\"\"")).append('"');
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
