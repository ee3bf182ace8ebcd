package io.segbot.app;

import io.segbot.store.Database;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Process-wide wiring: the database opened once on first use, closed at exit. */
final class AppContext {
    private static Path databasePath = Paths.get(Main.DEFAULT_DB);
    private static boolean verbose;
    private static Database database;

    private AppContext() {}

    static void setDatabasePath(Path path) {
        databasePath = path;
    }

    static Path databasePath() {
        return databasePath;
    }

    static void setVerbose(boolean value) {
        verbose = value;
    }

    static boolean verbose() {
        return verbose;
    }

    static synchronized Database database() {
        if (database == null) {
            database = Database.open(databasePath);
        }
        return database;
    }

    static synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
