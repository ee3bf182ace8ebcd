package io.segbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** The few JDBC idioms every repository needs, written once. */
final class Jdbc {
    private Jdbc() {}

    /** Binds a nullable double; NaN is stored as NULL too (an undefined score). */
    static void setNullable(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null || value.isNaN()) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    static Double nullableDouble(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    /** Runs an INSERT prepared with RETURN_GENERATED_KEYS and returns the new row's id. */
    static long insertReturningId(PreparedStatement statement) throws SQLException {
        statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new StoreException("the database returned no id for the inserted row");
            }
            return keys.getLong(1);
        }
    }
}
