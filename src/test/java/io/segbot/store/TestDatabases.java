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

    /**
     * Two segbot instances' stores on one shared database: two connection pools on a fresh database
     * of the embedded PostgreSQL under {@code -Ppostgres}, else two opens of one H2 file in {@code
     * folder} (AUTO_SERVER; in one JVM both use the same engine, each through its own connections).
     */
    public static java.util.List<Database> sharedPair(String name, java.nio.file.Path folder) {
        if (onPostgres()) {
            String url = EmbeddedPostgresServer.createDatabase(name);
            return java.util.List.of(
                    Database.postgres(url, EmbeddedPostgresServer.LOGIN),
                    Database.postgres(url, EmbeddedPostgresServer.LOGIN));
        }
        java.nio.file.Path file = folder.resolve(name);
        return java.util.List.of(Database.open(file), Database.open(file));
    }
}
