package io.segbot.app;

import io.segbot.ingest.ImportSummary;
import io.segbot.ingest.Importer;
import io.segbot.report.Formats;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code segbot import ...}: load a file into the database as one dataset, all or nothing. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import a CSV file as a dataset (one transaction: all rows or none).",
        subcommands = {
            ImportCommand.Transactions.class,
            ImportCommand.Customers.class,
            ImportCartAbandonersCommand.class
        })
final class ImportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                commandSpec.commandLine(), "say what to import: transactions, customers, cart-abandoners");
    }

    @Command(
            name = "transactions",
            mixinStandardHelpOptions = true,
            description = "Import orders or invoice lines (customer_id, order_id, order_date, amount;"
                    + " or InvoiceNo, Quantity, InvoiceDate, UnitPrice, CustomerID).")
    static final class Transactions implements Callable<Integer> {
        @Mixin
        ImportOptions options;

        @Override
        public Integer call() throws Exception {
            ImportSummary summary =
                    new Importer(AppContext.database(), options.dates()).importTransactions(options.request());
            print(summary, options.json);
            return 0;
        }
    }

    @Command(
            name = "customers",
            mixinStandardHelpOptions = true,
            description = "Import a customer-level file (customer_id, recency_days, frequency, monetary[, segment]).")
    static final class Customers implements Callable<Integer> {
        @Mixin
        ImportOptions options;

        @Override
        public Integer call() throws Exception {
            ImportSummary summary = new Importer(AppContext.database()).importCustomers(options.request());
            print(summary, options.json);
            return 0;
        }
    }

    static void print(ImportSummary s, boolean json) throws Exception {
        if (json) {
            System.out.println(Json.pretty(s));
            return;
        }
        System.out.println(summaryText(s));
    }

    static String summaryText(ImportSummary s) {
        StringBuilder out = new StringBuilder();
        out.append("Imported dataset '")
                .append(s.dataset())
                .append("' (")
                .append(s.layout())
                .append(" layout)\n");
        out.append("  rows read      ").append(Formats.count(s.rowsRead())).append('\n');
        out.append("  rows imported  ").append(Formats.count(s.rowsImported())).append('\n');
        for (Map.Entry<String, Long> e : s.excluded().entrySet()) {
            out.append("  excluded       ")
                    .append(Formats.count(e.getValue()))
                    .append("  ")
                    .append(e.getKey())
                    .append('\n');
        }
        appendSkipped(out, s);
        out.append("  customers      ").append(Formats.count(s.customers())).append('\n');
        if (s.firstDate() != null) {
            out.append("  orders         ").append(Formats.count(s.records())).append('\n');
            out.append("  dates          ")
                    .append(s.firstDate())
                    .append(" .. ")
                    .append(s.lastDate())
                    .append('\n');
        }
        out.append("  total revenue  ").append(Formats.money(s.revenue()));
        return out.toString();
    }

    /** The malformed rows skipped under --on-error skip: the first 20 and how many more. */
    static void appendSkipped(StringBuilder out, ImportSummary s) {
        if (s.skippedCount() == 0) {
            return;
        }
        out.append("  skipped (bad)  ").append(Formats.count(s.skippedCount())).append('\n');
        s.skipped().forEach(p -> out.append("    ").append(p).append('\n'));
        if (s.skippedCount() > s.skipped().size()) {
            out.append("    ... and ")
                    .append(s.skippedCount() - s.skipped().size())
                    .append(" more\n");
        }
    }
}
