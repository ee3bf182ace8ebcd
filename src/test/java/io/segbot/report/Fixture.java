package io.segbot.report;

import io.segbot.analytics.RfmSegment;
import io.segbot.analytics.SegmentProfile;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRecords.Customer;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Two small hand-made runs on the same shop, saved through the real RunRepository. Run A (as of
 * 2024-06-30) has 8 customers; run B (2024-12-31) has 7 of them and one new one:
 *
 * <pre>
 * id          A segment        B segment
 * c1          Champions        At Risk            (slipped)
 * c2          Loyal Customers  Champions
 * c3          Need Attention   Hibernating
 * c4          New Customers    Potential Loyalists
 * c5          At Risk          At Risk
 * c6          Hibernating      Hibernating
 * c7          Champions        Champions
 * c,8 "vip"   Can't Lose Them  -                  (left; the id tests CSV quoting)
 * c9          -                New Customers      (entered)
 * </pre>
 */
final class Fixture {
    final Database database;
    final RunRepository runs;
    final long runA;
    final long runB;

    Fixture() {
        this(Database.inMemory("report-" + UUID.randomUUID()));
    }

    Fixture(Database database) {
        this.database = database;
        this.runs = new RunRepository(database);
        long dataset = database.inTransaction(
                c -> new DatasetRepository(database).create(c, "shop", "transactions", "shop.csv", "a".repeat(64)));
        runA = save(
                dataset,
                LocalDate.of(2024, 6, 30),
                List.of(
                        customer("c1", 5, 12, 1200, 5, 5, 5, 0, "Low", 1300, "Premium"),
                        customer("c2", 20, 8, 800, 4, 4, 4, 0, "Low", 700, "Premium"),
                        customer("c3", 40, 5, 400, 3, 3, 3, 1, "Medium", 300, "High"),
                        customer("c4", 10, 1, 50, 5, 1, 1, 1, "Low", 120, "Low"),
                        customer("c5", 200, 6, 600, 1, 4, 4, 1, "High", 90, "High"),
                        customer("c6", 300, 1, 30, 1, 1, 1, 1, "High", 10, "Low"),
                        customer("c7", 15, 9, 900, 5, 5, 5, 0, "Low", 1000, "Premium"),
                        customer("c,8 \"vip\"", 120, 10, 1500, 2, 5, 5, 0, "High", 400, "Medium")));
        runB = save(
                dataset,
                LocalDate.of(2024, 12, 31),
                List.of(
                        customer("c1", 150, 12, 1200, 2, 4, 5, 0, "High", 200, "Premium"),
                        customer("c2", 3, 11, 1100, 5, 5, 5, 0, "Low", 1100, "Premium"),
                        customer("c3", 220, 5, 400, 1, 2, 3, 1, "High", 20, "High"),
                        customer("c4", 8, 3, 180, 5, 2, 2, 1, "Low", 260, "Low"),
                        customer("c5", 380, 6, 600, 1, 3, 4, 1, "High", 5, "High"),
                        customer("c6", 480, 1, 30, 1, 1, 1, 1, "High", 0, "Low"),
                        customer("c7", 2, 14, 1400, 5, 5, 5, 0, "Low", 1500, "Premium"),
                        customer("c9", 1, 1, 75, 5, 1, 2, 1, "Low", 300, "Medium")));
    }

    static Customer customer(
            String id,
            int recency,
            int frequency,
            double monetary,
            int r,
            int f,
            int m,
            int cluster,
            String churn,
            double clv,
            String tier) {
        return new Customer(
                id,
                recency,
                frequency,
                monetary,
                r,
                f,
                m,
                (r + f + m - 3) / 12.0 * 100,
                RfmSegment.of(r, f).label(),
                cluster,
                churn,
                frequency * monetary,
                clv,
                tier,
                null,
                null,
                null,
                null);
    }

    private long save(long dataset, LocalDate asOf, List<Customer> customers) {
        double revenue = customers.stream().mapToDouble(Customer::monetary).sum();
        RunRecords.Run run = new RunRecords.Run(
                0,
                dataset,
                "shop",
                Instant.parse("2025-01-01T00:00:00Z"),
                asOf,
                "{\"k\":\"2\",\"seed\":1,\"horizon_days\":365}",
                customers.size(),
                revenue,
                2,
                0.5,
                null);
        return runs.save(run, segments(customers, revenue), columns(customers));
    }

    static List<SegmentProfile> segments(List<Customer> customers, double revenue) {
        List<SegmentProfile> out = new ArrayList<>();
        for (RfmSegment rfm : RfmSegment.values()) {
            List<Customer> members = customers.stream()
                    .filter(c -> c.rfmSegment().equals(rfm.label()))
                    .toList();
            if (!members.isEmpty()) {
                out.add(segment("rfm", rfm.label(), rfm.label(), members, revenue));
            }
        }
        customers.stream()
                .map(Customer::cluster)
                .distinct()
                .sorted()
                .forEach(k -> out.add(segment(
                        "cluster",
                        Integer.toString(k),
                        k == 0 ? "Champions (high spend)" : "Hibernating",
                        customers.stream().filter(c -> c.cluster() == k).toList(),
                        revenue)));
        return out;
    }

    private static SegmentProfile segment(
            String family, String key, String label, List<Customer> members, double revenue) {
        double sum = members.stream().mapToDouble(Customer::monetary).sum();
        int n = members.size();
        return new SegmentProfile(
                family,
                key,
                label,
                n,
                sum,
                sum / revenue,
                members.stream().mapToInt(Customer::recencyDays).average().orElse(0),
                members.stream().mapToInt(Customer::frequency).average().orElse(0),
                sum / n,
                members.stream().mapToDouble(Customer::clvHorizon).average().orElse(0),
                members.stream().mapToDouble(Customer::clvIndex).average().orElse(0),
                (int) members.stream().filter(c -> c.churnRisk().equals("Low")).count(),
                (int) members.stream()
                        .filter(c -> c.churnRisk().equals("Medium"))
                        .count(),
                (int) members.stream().filter(c -> c.churnRisk().equals("High")).count(),
                null,
                null,
                List.of("Action for " + label));
    }

    static RunRecords.CustomerColumns columns(List<Customer> customers) {
        int n = customers.size();
        RunRecords.CustomerColumns cc = new RunRecords.CustomerColumns(
                new String[n],
                new int[n],
                new int[n],
                new double[n],
                new byte[n],
                new byte[n],
                new byte[n],
                new double[n],
                new String[n],
                new int[n],
                new String[n],
                new double[n],
                new double[n],
                new String[n],
                null,
                null,
                null,
                null);
        for (int i = 0; i < n; i++) {
            Customer c = customers.get(i);
            cc.ids()[i] = c.customerId();
            cc.recencyDays()[i] = c.recencyDays();
            cc.frequency()[i] = c.frequency();
            cc.monetary()[i] = c.monetary();
            cc.r()[i] = (byte) c.r();
            cc.f()[i] = (byte) c.f();
            cc.m()[i] = (byte) c.m();
            cc.rfmScore()[i] = c.rfmScore();
            cc.rfmSegment()[i] = c.rfmSegment();
            cc.cluster()[i] = c.cluster();
            cc.churnRisk()[i] = c.churnRisk();
            cc.clvIndex()[i] = c.clvIndex();
            cc.clvHorizon()[i] = c.clvHorizon();
            cc.valueTier()[i] = c.valueTier();
        }
        return cc;
    }

    static Comparator<Customer> byId() {
        return Comparator.comparing(Customer::customerId);
    }
}
