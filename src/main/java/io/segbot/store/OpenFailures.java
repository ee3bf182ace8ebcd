package io.segbot.store;

import io.segbot.ErrorText;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/**
 * Says in one line, with the fix, why the database could not be opened or written: damaged or not
 * an H2 file, in use, read-only, full disk. H2 and MVStore report these as error codes or as nested
 * exception text; a person should see neither.
 */
final class OpenFailures {
    private OpenFailures() {}

    static StoreException explain(String database, RuntimeException failure) {
        if (failure instanceof StoreException store && !(store.getCause() instanceof SQLException)) {
            return store;
        }
        String problem = problem(database, failure);
        if (problem != null) {
            return new StoreException(problem, failure);
        }
        return new StoreException(
                "the database " + database + " cannot be migrated to this segbot version (" + firstSql(failure)
                        + "); point --db at a new file or move the old one away",
                failure);
    }

    // Flyway's own message repeats the SQL error over several lines; the SQL error alone is the news.
    private static String firstSql(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return ErrorText.sql(sql);
            }
        }
        return ErrorText.oneLine(failure);
    }

    /** The message of a failed statement on an open database. */
    static String describe(String database, SQLException failure) {
        String problem = problem(database, failure);
        return problem != null ? problem : "database error: " + ErrorText.sql(failure);
    }

    /** A known storage problem in {@code failure}'s chain, phrased with its fix; null if none. */
    static String problem(String database, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String text = String.valueOf(cause.getMessage());
            if (text.contains("No space left on device") || text.contains("There is not enough space")) {
                return "the disk holding " + database + " is full: free some space and run the command again"
                        + " (the change that failed was not saved)";
            }
            if (cause instanceof SQLException sql) {
                String known = byCode(database, sql);
                if (known == null) {
                    known = byState(database, sql);
                }
                if (known != null) {
                    return known;
                }
            }
        }
        return null;
    }

    /**
     * PostgreSQL's problems, by SQLSTATE (its error codes are all 0); H2's are caught by {@link
     * #byCode} first.
     */
    private static String byState(String database, SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "22001" -> "a value is too long for the database (" + ErrorText.sql(sql) + "); shorten it";
            case "22003" -> "a number is too large for the database (" + ErrorText.sql(sql)
                    + "); check the file's amounts and quantities";
            case "53100" -> "the disk holding " + database + " is full: free some space on the PostgreSQL server and"
                    + " run the command again (the change that failed was not saved)";
            case "25006" -> database + " accepts no writes (a standby, or default_transaction_read_only):"
                    + " point --db at the primary";
            default -> state.startsWith("08")
                    ? "the connection to " + database + " failed (" + ErrorText.sql(sql)
                            + "); check that PostgreSQL is running and reachable, then run the command again"
                    : null;
        };
    }

    private static String byCode(String database, SQLException sql) {
        return switch (sql.getErrorCode()) {
            case ErrorCode.FILE_CORRUPTED_1,
                    ErrorCode.FILE_VERSION_ERROR_1,
                    ErrorCode.FILE_ENCRYPTION_ERROR_1,
                    ErrorCode.IO_EXCEPTION_1,
                    ErrorCode.IO_EXCEPTION_2 -> database
                    + " is not a segbot database, or it is damaged or truncated (H2 cannot read it);"
                    + " restore it from a backup (see README, Backup) or point --db at a new file";
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> database
                    + " is in use by another process; stop it, or point --db at another file";
            case ErrorCode.DATABASE_IS_READ_ONLY -> database
                    + " is read-only (the file or its folder is not writable): this command needs to write;"
                    + " make it writable, or copy it somewhere writable";
            case ErrorCode.VALUE_TOO_LONG_2 -> "a value is too long for the database (" + ErrorText.sql(sql)
                    + "); shorten it";
            case ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_1,
                    ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_2 -> "a number is too large" + " for the database ("
                    + ErrorText.sql(sql) + "); check the file's amounts and quantities";
            default -> null;
        };
    }
}
