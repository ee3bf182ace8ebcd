package io.segbot.store;

/**
 * The store a test runs on: a private in-memory H2 database by default, or a fresh database on the
 * embedded PostgreSQL when the build runs with {@code -Ppostgres} (system property {@code
 * segbot.test.database=postgresql}), so the same store, job, dedupe and scheduler tests check both.
 */
public final class TestDatabases {
    public static final String PROPERTY = "segbot.test.database";

    private TestDatabases() {}

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** A fresh, migrated, empty store named after {@code name} (unique per call on PostgreSQL). */
    public static Database fresh(String name) {
        return onPostgres() ? EmbeddedPostgresServer.freshDatabase(name) : Database.inMemory(name);
    }
}
