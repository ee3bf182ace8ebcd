package io.segbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The HikariCP pool in front of a PostgreSQL store. Ten connections per process: every segbot
 * command holds one or two at a time, jobs and chat a few more, and PostgreSQL's default of 100
 * connections then serves about ten instances.
 */
final class PostgresPool implements AutoCloseable {
    static final String PREFIX = "jdbc:postgresql://";
    private static final int MAX_CONNECTIONS = 10;

    private final HikariDataSource dataSource;

    private PostgresPool(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Refuses a URL that is not PostgreSQL's or that holds a password; returns it without its query. */
    static String checkUrl(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new StoreException("'" + url + "' is not a PostgreSQL JDBC URL: expected " + PREFIX
                    + "host:5432/segbot (or an H2 file path without .mv.db)");
        }
        int query = url.indexOf('?');
        String shown = query < 0 ? url : url.substring(0, query);
        if (query >= 0 && url.substring(query).toLowerCase(Locale.ROOT).contains("password=")) {
            throw new StoreException("the database URL " + shown + " holds a password: remove it from the URL and"
                    + " set SEGBOT_DB_PASSWORD in the environment instead (a URL reaches logs and process lists)");
        }
        return shown;
    }

    static PostgresPool open(String url, DatabaseLogin login, String shown) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (!login.user().isEmpty()) {
            config.setUsername(login.user());
        }
        if (login.password() != null && !login.password().isEmpty()) {
            config.setPassword(login.password());
        }
        config.setPoolName("segbot-postgresql");
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        // Try once at start: a wrong host or password is told at once, not after the first command.
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", "segbot");
        try {
            return new PostgresPool(new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new StoreException(
                    "cannot connect to " + shown + " as " + (login.user().isEmpty() ? "the default user" : login.user())
                            + " (" + reason(e) + "); check the URL, SEGBOT_DB_USER and SEGBOT_DB_PASSWORD",
                    e);
        }
    }

    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return io.segbot.ErrorText.sql(sql);
            }
        }
        return io.segbot.ErrorText.oneLine(failure);
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
