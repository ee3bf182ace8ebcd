package io.segbot.app;

import io.segbot.analytics.SegmentFamily;
import io.segbot.analytics.SegmentProfile;
import io.segbot.report.CustomerCsv;
import io.segbot.report.Formats;
import io.segbot.report.TextTable;
import io.segbot.segmentation.RunRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segbot customers}: list a segment's members, highest spend first, or export them as CSV. */
@Command(
        name = "customers",
        mixinStandardHelpOptions = true,
        description = "List the members of a segment of a run (RFM segment name or cluster number).")
final class CustomersCommand implements Callable<Integer> {
    @Option(names = "--run", required = true, paramLabel = "ID", description = "run id")
    long run;

    @Option(
            names = "--segment",
            required = true,
            paramLabel = "NAME_OR_ID",
            description = "an RFM segment name (e.g. Champions) or a cluster number (e.g. 0)")
    String segment;

    @Option(
            names = "--limit",
            defaultValue = "20",
            paramLabel = "N",
            description = "most rows to print, highest spend first; default ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--csv", paramLabel = "FILE", description = "write all members to this CSV file instead")
    Path csv;

    @Override
    public Integer call() throws Exception {
        RunRepository runs = new RunRepository(AppContext.database());
        SegmentsCommand.require(runs, run);
        SegmentProfile target = resolve(runs.segments(run), segment);
        if (csv != null) {
            int[] count = {0};
            io.segbot.AtomicFiles.writeText(csv, writer -> {
                CustomerCsv out = new CustomerCsv(writer);
                runs.forEachCustomer(run, target.family(), target.key(), c -> {
                    out.write(c);
                    count[0]++;
                });
                out.flush();
            });
            System.out.println("wrote " + count[0] + " customers of " + target.label() + " to "
                    + csv.toAbsolutePath().normalize());
            return 0;
        }
        TextTable table = new TextTable(List.of(
                TextTable.Column.text("Customer"),
                TextTable.Column.number("Recency (d)"),
                TextTable.Column.number("Orders"),
                TextTable.Column.number("Monetary"),
                TextTable.Column.text("RFM"),
                TextTable.Column.text("Segment"),
                TextTable.Column.number("Cluster"),
                TextTable.Column.text("Churn"),
                TextTable.Column.number("CLV (1y)"),
                TextTable.Column.text("Tier")));
        runs.topCustomers(run, target.family(), target.key(), limit)
                .forEach(c -> table.row(
                        c.customerId(),
                        c.recencyDays(),
                        c.frequency(),
                        Formats.money(c.monetary()),
                        "" + c.r() + c.f() + c.m(),
                        c.rfmSegment(),
                        c.cluster(),
                        c.churnRisk(),
                        Formats.money(c.clvHorizon()),
                        c.valueTier()));
        System.out.println(target.label() + " (" + Formats.count(target.customers()) + " customers)");
        System.out.print(table.render());
        return 0;
    }

    static SegmentProfile resolve(List<SegmentProfile> segments, String reference) {
        String wanted = reference.trim();
        for (SegmentProfile s : segments) {
            boolean match = SegmentFamily.CLUSTER.matches(s.family())
                    ? s.key().equals(wanted) || s.label().equalsIgnoreCase(wanted)
                    : s.label().equalsIgnoreCase(wanted);
            if (match) {
                return s;
            }
        }
        throw new IllegalArgumentException("no segment '" + reference + "' in this run; choose one of: "
                + String.join(
                        ", ",
                        segments.stream()
                                .map(s -> SegmentFamily.CLUSTER.matches(s.family())
                                        ? s.key() + " (" + s.label() + ")"
                                        : s.label())
                                .toList()));
    }
}
