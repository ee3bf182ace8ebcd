package io.segbot.app;

import io.segbot.ingest.ImportSummary;
import io.segbot.mecerun.CartAbandonerImport;
import io.segbot.report.Formats;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code segbot import cart-abandoners FILE}: one transaction, every row valid or nothing imported. */
@Command(
        name = "cart-abandoners",
        mixinStandardHelpOptions = true,
        description = "Import cart abandoners (user_id, cart_abandoned_date, last_order_date, avg_order_value,"
                + " sessions_last_30d, num_cart_items, engagement_score, profitability_score[, converted, group]).")
public final class ImportCartAbandonersCommand implements Callable<Integer> {
    @Mixin
    ImportOptions options;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "import date: later dates are refused as future" + " dates; default today")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        if (options.columns != null) {
            throw new IllegalArgumentException(
                    "--columns is not supported for cart-abandoners: the file must use the schema's column names");
        }
        LocalDate importDate = asOf != null ? asOf : LocalDate.now();
        ImportSummary summary = CartAbandonerImport.importFile(AppContext.database(), options.request(), importDate);
        if (options.json) {
            System.out.println(Json.pretty(summary));
        } else {
            System.out.println(text(summary, importDate));
        }
        return 0;
    }

    static String text(ImportSummary s, LocalDate importDate) {
        StringBuilder out = new StringBuilder();
        out.append("Imported dataset '")
                .append(s.dataset())
                .append("' (cart abandoners, as of ")
                .append(importDate)
                .append(")\n");
        out.append("  rows read      ").append(Formats.count(s.rowsRead())).append('\n');
        out.append("  users imported ").append(Formats.count(s.rowsImported())).append('\n');
        ImportCommand.appendSkipped(out, s);
        if (s.firstDate() != null) {
            out.append("  abandoned      ").append(s.firstDate()).append(" .. ").append(s.lastDate());
        }
        return out.toString();
    }
}
