package io.segbot.report;

import io.segbot.analytics.RfmSegment;
import io.segbot.store.RunRecords.Customer;
import io.segbot.store.RunRecords.Run;
import io.segbot.store.RunRecords.Segment;
import io.segbot.store.RunRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** The {@code movement} report: how customers moved between segments from an earlier run to a later one. */
final class MovementReport {
    /** RFM segments a customer is doing well in, and those that mean the customer is lapsing. */
    static final Set<String> HEALTHY =
            Set.of("Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising");

    static final Set<String> LAPSING = Set.of("About To Sleep", "At Risk", "Can't Lose Them", "Hibernating");

    static final int EXAMPLES = 5;

    private MovementReport() {}

    static Report build(RunRepository runs, Run earlier, Run later, String family) {
        if (earlier.id() == later.id()) {
            throw new IllegalArgumentException("movement compares two different runs; both are run " + later.id());
        }
        Naming naming = Naming.of(runs, earlier, later, family);
        SegmentMovement.Result result = compare(runs, earlier, later, naming, EXAMPLES, null);
        String what = ReportParts.familyTitle(family);
        List<ReportTable> tables = new ArrayList<>();
        tables.add(MovementTables.matrix(result, earlier, later));
        tables.add(MovementTables.largestMoves(result, 10));
        if (family.equals("rfm")) {
            tables.add(MovementTables.slipped(result, HEALTHY, LAPSING));
        }
        return new Report(
                ReportKind.MOVEMENT,
                "Segment movement: run " + earlier.id() + " to run " + later.id() + " (" + what + ")",
                List.of(ReportParts.info(earlier), ReportParts.info(later)),
                MovementTables.summary(result, earlier, later, family, HEALTHY, LAPSING),
                tables,
                List.of(MovementTables.chart(result, earlier, later, what)),
                List.of(new Attachment(
                        "movement.csv",
                        "every customer of either run with the " + what + " in run " + earlier.id() + " and in run "
                                + later.id() + " ("
                                + ClvReport.rows(result.inBoth() + sum(result.entered()) + sum(result.left()))
                                + ")",
                        out -> MovementCsv.write(out, runs, earlier, later, naming))));
    }

    /** How customers are named in each run: by RFM label, or by the "N label" of their cluster in that run. */
    record Naming(String family, Function<Customer, String> earlier, Function<Customer, String> later) {
        static Naming of(RunRepository runs, Run earlier, Run later, String family) {
            return switch (family) {
                case "rfm" -> new Naming(family, Customer::rfmSegment, Customer::rfmSegment);
                case "cluster" -> new Naming(family, clusterNames(runs, earlier), clusterNames(runs, later));
                default -> throw new IllegalArgumentException("--by must be rfm or cluster, got '" + family + "'");
            };
        }

        private static Function<Customer, String> clusterNames(RunRepository runs, Run run) {
            Map<String, String> names = new HashMap<>();
            ReportParts.family(runs.segments(run.id()), "cluster")
                    .forEach(s -> names.put(s.key(), ReportParts.name(s)));
            return c -> names.getOrDefault(Integer.toString(c.cluster()), Integer.toString(c.cluster()));
        }
    }

    /**
     * Streams both runs through a {@link SegmentMovement}; {@code visitor} (nullable) sees every
     * move of the later run, then every customer who left as a move with a null {@code after}.
     */
    static SegmentMovement.Result compare(
            RunRepository runs,
            Run earlier,
            Run later,
            Naming naming,
            int examples,
            Consumer<SegmentMovement.Move> visitor) {
        SegmentMovement movement = new SegmentMovement(order(runs, earlier, later, naming.family()), examples);
        runs.forEachCustomer(earlier.id(), null, null, c -> movement.before(member(c, naming.earlier())));
        runs.forEachCustomer(later.id(), null, null, c -> {
            SegmentMovement.Move move = movement.after(member(c, naming.later()));
            if (visitor != null) {
                visitor.accept(move);
            }
        });
        if (visitor != null) {
            movement.unmatched().forEach(m -> visitor.accept(new SegmentMovement.Move(m, null)));
        }
        return movement.result();
    }

    /**
     * The rows and columns of the transition table: RFM segments in the map's order (best first),
     * clusters by number; only segments that occur in either run.
     */
    static List<String> order(RunRepository runs, Run earlier, Run later, String family) {
        List<Segment> present = new ArrayList<>();
        present.addAll(ReportParts.family(runs.segments(earlier.id()), family));
        present.addAll(ReportParts.family(runs.segments(later.id()), family));
        Comparator<Segment> canonical = family.equals("rfm")
                ? Comparator.comparingInt(s -> rank(s.label()))
                : Comparator.comparingInt(s -> Integer.parseInt(s.key()));
        List<String> order = new ArrayList<>();
        present.stream()
                .sorted(canonical.thenComparing(ReportParts::name))
                .map(ReportParts::name)
                .filter(name -> !order.contains(name))
                .forEach(order::add);
        return order;
    }

    private static int rank(String label) {
        for (RfmSegment segment : RfmSegment.values()) {
            if (segment.label().equals(label)) {
                return segment.ordinal();
            }
        }
        return RfmSegment.values().length;
    }

    private static SegmentMovement.Member member(Customer c, Function<Customer, String> segmentOf) {
        return new SegmentMovement.Member(c.customerId(), segmentOf.apply(c), c.monetary(), c.recencyDays());
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long v : values) {
            sum += v;
        }
        return sum;
    }
}
