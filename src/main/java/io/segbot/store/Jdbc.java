package io.segbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few JDBC idioms every repository needs, written once. */
public final class Jdbc {
    private Jdbc() {}

    /** Binds a statement's parameters. */
    @FunctionalInterface
    public interface Binder {
        Binder NONE = statement -> {};

        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads the current row into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** Visits the current row. */
    @FunctionalInterface
    public interface RowVisitor {
        void visit(ResultSet rows) throws SQLException;
    }

    /** Encodes rows {@code [from, to)} as one stored block. */
    @FunctionalInterface
    public interface BlockEncoder {
        byte[] encode(int from, int to);
    }

    /** Binds a run id (or any id) as the only parameter. */
    public static Binder id(long id) {
        return statement -> statement.setLong(1, id);
    }

    /** Runs a query and visits every row in order. */
    public static void forEach(Connection c, String sql, Binder binder, RowVisitor visitor) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    visitor.visit(rows);
                }
            }
        }
    }

    /** Runs a query and reads every row. */
    public static <T> List<T> list(Connection c, String sql, Binder binder, RowReader<T> reader) throws SQLException {
        List<T> out = new ArrayList<>();
        forEach(c, sql, binder, rows -> out.add(reader.read(rows)));
        return out;
    }

    /** Runs a query and reads its first row, if any. */
    public static <T> Optional<T> first(Connection c, String sql, Binder binder, RowReader<T> reader)
            throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
            }
        }
    }

    /**
     * Stores rows {@code [0, size)} as blocks of {@code blockRows} in {@code table} (columns run_id,
     * block_no, row_count, data), the layout of every per-run block table.
     *
     * @param table a constant table name, never user input
     */
    public static void insertBlocks(
            Connection c, String table, long runId, int size, int blockRows, BlockEncoder encoder) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "INSERT INTO " + table + " (run_id, block_no, row_count, data) VALUES (?, ?, ?, ?)")) {
            int block = 0;
            for (int from = 0; from < size; from += blockRows) {
                int to = Math.min(size, from + blockRows);
                statement.setLong(1, runId);
                statement.setInt(2, block++);
                statement.setInt(3, to - from);
                statement.setBytes(4, encoder.encode(from, to));
                statement.executeUpdate();
            }
        }
    }

    /** Binds a nullable double; NaN is stored as NULL too (an undefined score). */
    public static void setNullable(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null || value.isNaN()) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    public static Double nullableDouble(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    /** Runs an INSERT prepared with RETURN_GENERATED_KEYS and returns the new row's id. */
    public static long insertReturningId(PreparedStatement statement) throws SQLException {
        statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new StoreException("the database returned no id for the inserted row");
            }
            return keys.getLong(1);
        }
    }
}
