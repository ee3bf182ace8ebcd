package io.segbot.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Datasets and their rows. Methods taking a {@link Connection} join the caller's transaction. */
public final class DatasetRepository {
    private static final String COLUMNS =
            "id, name, kind, source_file, checksum, imported_at, rows_read, rows_imported,"
                    + " customers, first_date, last_date, revenue, exclusions";

    private final Database database;

    public DatasetRepository(Database database) {
        this.database = database;
    }

    public Optional<DatasetInfo> findByName(String name) {
        return database.inTransaction(c -> one(c, "SELECT " + COLUMNS + " FROM dataset WHERE name = ?", name));
    }

    public Optional<DatasetInfo> findByChecksum(String checksum) {
        return database.inTransaction(
                c -> one(c, "SELECT " + COLUMNS + " FROM dataset WHERE checksum = ? ORDER BY id", checksum));
    }

    public Optional<DatasetInfo> findById(long id) {
        return database.inTransaction(c -> one(c, "SELECT " + COLUMNS + " FROM dataset WHERE id = ?", id));
    }

    /** The most recently imported dataset of a kind, if any. */
    public Optional<DatasetInfo> latest(String kind) {
        return database.inTransaction(
                c -> one(c, "SELECT " + COLUMNS + " FROM dataset WHERE kind = ? ORDER BY id DESC LIMIT 1", kind));
    }

    public List<DatasetInfo> list() {
        return database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement("SELECT " + COLUMNS + " FROM dataset ORDER BY id");
                    ResultSet rows = statement.executeQuery()) {
                List<DatasetInfo> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(read(rows));
                }
                return out;
            }
        });
    }

    /** Inserts the header of a dataset whose rows follow in the same transaction; returns its id. */
    public long create(Connection c, String name, String kind, String sourceFile, String checksum) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "INSERT INTO dataset (name, kind, source_file, checksum, imported_at, rows_read, rows_imported, customers, exclusions)"
                        + " VALUES (?, ?, ?, ?, ?, 0, 0, 0, '{}')",
                Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, name);
            statement.setString(2, kind);
            statement.setString(3, sourceFile);
            statement.setString(4, checksum);
            statement.setTimestamp(5, Timestamp.from(Instant.now()));
            return Jdbc.insertReturningId(statement);
        }
    }

    /** Fills in the counts once the rows are written. */
    public void complete(
            Connection c,
            long id,
            long rowsRead,
            long rowsImported,
            long customers,
            LocalDate first,
            LocalDate last,
            Double revenue,
            String exclusionsJson)
            throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("UPDATE dataset SET rows_read = ?, rows_imported = ?,"
                + " customers = ?, first_date = ?, last_date = ?, revenue = ?, exclusions = ? WHERE id = ?")) {
            statement.setLong(1, rowsRead);
            statement.setLong(2, rowsImported);
            statement.setLong(3, customers);
            statement.setDate(4, first == null ? null : Date.valueOf(first));
            statement.setDate(5, last == null ? null : Date.valueOf(last));
            statement.setObject(
                    6,
                    revenue == null
                            ? null
                            : java.math.BigDecimal.valueOf(revenue).setScale(2, java.math.RoundingMode.HALF_UP));
            statement.setString(7, exclusionsJson);
            statement.setLong(8, id);
            statement.executeUpdate();
        }
    }

    /** Sets the SHA-256 of a dataset's file once a reader that hashed while reading knows it. */
    public void checksum(Connection c, long id, String checksum) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("UPDATE dataset SET checksum = ? WHERE id = ?")) {
            statement.setString(1, checksum);
            statement.setLong(2, id);
            statement.executeUpdate();
        }
    }

    /** Deletes a dataset with its rows and runs (cascade), inside the caller's transaction. */
    public void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("DELETE FROM dataset WHERE id = ?")) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    private static Optional<DatasetInfo> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static DatasetInfo read(ResultSet rows) throws SQLException {
        Date first = rows.getDate("first_date");
        Date last = rows.getDate("last_date");
        java.math.BigDecimal revenue = rows.getBigDecimal("revenue");
        return new DatasetInfo(
                rows.getLong("id"),
                rows.getString("name"),
                rows.getString("kind"),
                rows.getString("source_file"),
                rows.getString("checksum"),
                rows.getTimestamp("imported_at").toInstant(),
                rows.getLong("rows_read"),
                rows.getLong("rows_imported"),
                rows.getLong("customers"),
                first == null ? null : first.toLocalDate(),
                last == null ? null : last.toLocalDate(),
                revenue == null ? null : revenue.doubleValue(),
                rows.getString("exclusions"));
    }
}
