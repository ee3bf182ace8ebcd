package io.segbot.segmentation;

import io.segbot.analytics.SegmentProfile;
import io.segbot.segmentation.RunRecords.Customer;
import io.segbot.segmentation.RunRecords.CustomerColumns;
import io.segbot.segmentation.RunRecords.Run;
import io.segbot.store.Database;
import io.segbot.store.Jdbc;
import io.segbot.store.JsonLists;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Analysis runs: written in one transaction (all or nothing), read back for replies and reports. */
public final class RunRepository {
    private static final String RUN_COLUMNS = "r.id, r.dataset_id, d.name, r.created_at, r.as_of, r.parameters,"
            + " r.customers, r.revenue, r.k, r.silhouette, r.model";

    private final Database database;

    /** The database the runs live in (the chat's question plans read the same dataset's orders from it). */
    public Database database() {
        return database;
    }

    public RunRepository(Database database) {
        this.database = database;
    }

    /** Saves a whole run atomically and returns its id. */
    public long save(Run run, List<SegmentProfile> segments, CustomerColumns customers) {
        return database.inTransaction(c -> save(c, run, segments, customers));
    }

    /** As above inside the caller's transaction (with the dataset row it belongs to, for example). */
    public long save(Connection c, Run run, List<SegmentProfile> segments, CustomerColumns customers)
            throws SQLException {
        long id = insertRun(c, run);
        insertSegments(c, id, segments);
        insertCustomers(c, id, customers);
        return id;
    }

    public Optional<Run> latest() {
        return database.inTransaction(c -> Jdbc.first(
                c,
                "SELECT " + RUN_COLUMNS
                        + " FROM analysis_run r JOIN dataset d ON d.id = r.dataset_id ORDER BY r.id DESC LIMIT 1",
                Jdbc.Binder.NONE,
                RunRepository::readRun));
    }

    public Optional<Run> find(long id) {
        return database.inTransaction(c -> Jdbc.first(
                c,
                "SELECT " + RUN_COLUMNS + " FROM analysis_run r JOIN dataset d ON d.id = r.dataset_id WHERE r.id = ?",
                Jdbc.id(id),
                RunRepository::readRun));
    }

    public List<Run> list() {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT " + RUN_COLUMNS + " FROM analysis_run r JOIN dataset d ON d.id = r.dataset_id ORDER BY r.id",
                Jdbc.Binder.NONE,
                RunRepository::readRun));
    }

    /** A run's segments: RFM segments first in map order, then clusters by number. */
    public List<SegmentProfile> segments(long runId) {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT family, segment_key, label, customers, revenue, revenue_share, avg_recency, avg_frequency,"
                        + " avg_monetary, avg_clv, avg_clv_index, churn_low, churn_medium, churn_high, avg_p_alive,"
                        + " predicted_clv, recommendations FROM run_segment WHERE run_id = ? ORDER BY family DESC,"
                        + " ordinal",
                Jdbc.id(runId),
                RunRepository::readSegment));
    }

    /**
     * Visits a run's customers in the order they were analysed, optionally only one segment's
     * ({@code family}, a stored {@code analytics.SegmentFamily} code: "rfm" matches the RFM label, "cluster"
     * the cluster number; null for all).
     */
    public void forEachCustomer(long runId, String family, String key, Consumer<Customer> visitor) {
        Predicate<Customer> wanted = family == null
                ? c -> true
                : family.equals("rfm")
                        ? c -> c.rfmSegment().equals(key)
                        : c -> Integer.toString(c.cluster()).equals(key);
        database.inTransaction(c -> {
            Jdbc.forEach(
                    c,
                    "SELECT row_count, data FROM run_customer_block WHERE run_id = ? ORDER BY block_no",
                    Jdbc.id(runId),
                    rows -> CustomerBlocks.decode(rows.getInt(1), rows.getBytes(2), customer -> {
                        if (wanted.test(customer)) {
                            visitor.accept(customer);
                        }
                    }));
            return null;
        });
    }

    /** The {@code limit} customers of a segment (or of the run) with the highest monetary value. */
    public List<Customer> topCustomers(long runId, String family, String key, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Comparator<Customer> byValue = Comparator.comparingDouble(Customer::monetary)
                .thenComparing(Customer::customerId, Comparator.reverseOrder());
        PriorityQueue<Customer> top = new PriorityQueue<>(limit + 1, byValue);
        forEachCustomer(runId, family, key, customer -> {
            top.add(customer);
            if (top.size() > limit) {
                top.poll();
            }
        });
        List<Customer> out = new ArrayList<>(top);
        out.sort(byValue.reversed());
        return out;
    }

    /** Which block holds each customer of a run: an index for fast lookups, built in one scan. */
    public java.util.Map<String, Integer> customerBlocks(long runId) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        database.inTransaction(c -> {
            Jdbc.forEach(
                    c,
                    "SELECT block_no, row_count, data FROM run_customer_block WHERE run_id = ? ORDER BY block_no",
                    Jdbc.id(runId),
                    rows -> {
                        int block = rows.getInt(1);
                        CustomerBlocks.decode(
                                rows.getInt(2), rows.getBytes(3), customer -> index.put(customer.customerId(), block));
                    });
            return null;
        });
        return index;
    }

    /** One customer read from the block the index points at; ids compare ignoring case when asked. */
    public Optional<Customer> customerInBlock(long runId, int block, String customerId, boolean ignoreCase) {
        List<Customer> found = new ArrayList<>(1);
        database.inTransaction(c -> {
            Jdbc.forEach(
                    c,
                    "SELECT row_count, data FROM run_customer_block WHERE run_id = ? AND block_no = ?",
                    s -> {
                        s.setLong(1, runId);
                        s.setInt(2, block);
                    },
                    rows -> CustomerBlocks.decode(rows.getInt(1), rows.getBytes(2), customer -> {
                        boolean match = ignoreCase
                                ? customer.customerId().equalsIgnoreCase(customerId)
                                : customer.customerId().equals(customerId);
                        if (match) {
                            found.add(customer);
                        }
                    }));
            return null;
        });
        return found.stream().findFirst();
    }

    public Optional<Customer> customer(long runId, String customerId) {
        List<Customer> found = new ArrayList<>(1);
        forEachCustomer(runId, null, null, customer -> {
            if (customer.customerId().equals(customerId)) {
                found.add(customer);
            }
        });
        return found.stream().findFirst();
    }

    private static long insertRun(Connection c, Run run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO analysis_run (dataset_id, created_at, as_of,"
                        + " parameters, customers, revenue, k, silhouette, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, run.datasetId());
            s.setTimestamp(2, Timestamp.from(run.createdAt()));
            s.setDate(3, Date.valueOf(run.asOf()));
            s.setString(4, run.parametersJson());
            s.setLong(5, run.customers());
            s.setDouble(6, run.revenue());
            s.setInt(7, run.k());
            s.setDouble(8, run.silhouette());
            s.setString(9, run.modelJson());
            return Jdbc.insertReturningId(s);
        }
    }

    private static void insertSegments(Connection c, long runId, List<SegmentProfile> segments) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO run_segment (run_id, family, segment_key, ordinal,"
                + " label, customers, revenue, revenue_share, avg_recency, avg_frequency, avg_monetary, avg_clv,"
                + " avg_clv_index, churn_low, churn_medium, churn_high, avg_p_alive, predicted_clv, recommendations)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int ordinal = 0;
            for (SegmentProfile seg : segments) {
                int i = 1;
                s.setLong(i++, runId);
                s.setString(i++, seg.family());
                s.setString(i++, seg.key());
                s.setInt(i++, ordinal++);
                s.setString(i++, seg.label());
                s.setInt(i++, seg.customers());
                s.setDouble(i++, seg.revenue());
                s.setDouble(i++, seg.revenueShare());
                s.setDouble(i++, seg.avgRecencyDays());
                s.setDouble(i++, seg.avgFrequency());
                s.setDouble(i++, seg.avgMonetary());
                s.setDouble(i++, seg.avgClv());
                s.setDouble(i++, seg.avgClvIndex());
                s.setInt(i++, seg.churnLow());
                s.setInt(i++, seg.churnMedium());
                s.setInt(i++, seg.churnHigh());
                Jdbc.setNullable(s, i++, seg.avgPAlive());
                Jdbc.setNullable(s, i++, seg.predictedClv());
                s.setString(i, JsonLists.write(seg.recommendations()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertCustomers(Connection c, long runId, CustomerColumns cc) throws SQLException {
        Jdbc.insertBlocks(
                c,
                "run_customer_block",
                runId,
                cc.ids().length,
                CustomerBlocks.BLOCK_ROWS,
                (from, to) -> CustomerBlocks.encode(cc, from, to));
    }

    private static Run readRun(ResultSet rows) throws SQLException {
        return new Run(
                rows.getLong(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getTimestamp(4).toInstant(),
                rows.getDate(5).toLocalDate(),
                rows.getString(6),
                rows.getLong(7),
                rows.getDouble(8),
                rows.getInt(9),
                rows.getDouble(10),
                rows.getString(11));
    }

    private static SegmentProfile readSegment(ResultSet rows) throws SQLException {
        return new SegmentProfile(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getInt(4),
                rows.getDouble(5),
                rows.getDouble(6),
                rows.getDouble(7),
                rows.getDouble(8),
                rows.getDouble(9),
                rows.getDouble(10),
                rows.getDouble(11),
                rows.getInt(12),
                rows.getInt(13),
                rows.getInt(14),
                Jdbc.nullableDouble(rows, 15),
                Jdbc.nullableDouble(rows, 16),
                JsonLists.read(rows.getString(17), "recommendations"));
    }

    private static Customer readCustomer(ResultSet rows) throws SQLException {
        return new Customer(
                rows.getString(1),
                rows.getInt(2),
                rows.getInt(3),
                rows.getDouble(4),
                rows.getInt(5),
                rows.getInt(6),
                rows.getInt(7),
                rows.getDouble(8),
                rows.getString(9),
                rows.getInt(10),
                rows.getString(11),
                rows.getDouble(12),
                rows.getDouble(13),
                rows.getString(14),
                Jdbc.nullableDouble(rows, 15),
                Jdbc.nullableDouble(rows, 16),
                Jdbc.nullableDouble(rows, 17),
                Jdbc.nullableDouble(rows, 18));
    }
}
