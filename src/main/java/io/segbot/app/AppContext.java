package io.segbot.app;

import io.segbot.store.Database;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Process-wide wiring: the configuration loaded and validated once, the database opened once on
 * first use, both released at exit.
 */
final class AppContext {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AppContext.class);
    private static Path databasePath = Paths.get(Main.DEFAULT_DB);
    private static Path configOption;
    private static boolean verbose;
    private static Database database;
    private static SegbotConfig config;

    private AppContext() {}

    static void setDatabasePath(Path path) {
        databasePath = path;
    }

    static Path databasePath() {
        return databasePath;
    }

    /** The {@code --config} folder, or null for SEGBOT_CONFIG / ./bot-config / the packed defaults. */
    static synchronized void setConfigFolder(Path folder) {
        configOption = folder;
        config = null;
    }

    static void setVerbose(boolean value) {
        verbose = value;
    }

    static boolean verbose() {
        return verbose;
    }

    /** The validated configuration, loaded on first use (at start for {@code serve}). */
    static synchronized SegbotConfig config() {
        if (config == null) {
            Path workingDir = Path.of("").toAbsolutePath();
            config = SegbotConfig.load(
                    ConfigDir.resolve(configOption, System.getenv(), workingDir), System.getenv(), workingDir);
            // the record's secrets print as set/unset, never their values (SecretsInLogsTest)
            log.debug("configuration from {}: {}", config.dir().chosenBy(), config);
        }
        return config;
    }

    static synchronized Database database() {
        if (database == null) {
            database = Database.open(databasePath);
            database.openWarning().ifPresent(warning -> System.err.println("warning: " + warning));
        }
        return database;
    }

    static synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
        config = null;
        configOption = null;
    }
}
