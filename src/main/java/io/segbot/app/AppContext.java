package io.segbot.app;

import io.segbot.bot.Secrets;
import io.segbot.store.Database;
import io.segbot.store.DatabaseLogin;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Process-wide wiring: the configuration loaded and validated once, the database opened once on
 * first use, both released at exit.
 */
final class AppContext {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AppContext.class);
    /** Where SEGBOT_DB_USER names the PostgreSQL role (not a secret; the password is, see Secrets). */
    static final String DB_USER = "SEGBOT_DB_USER";

    private static String databaseTarget = Main.DEFAULT_DB;
    private static Path configOption;
    private static boolean verbose;
    private static Database database;
    private static SegbotConfig config;

    private AppContext() {}

    /** An H2 file path (without .mv.db) or a PostgreSQL JDBC URL, from --db or SEGBOT_DB. */
    static void setDatabaseTarget(String target) {
        databaseTarget = target.strip();
    }

    static String databaseTarget() {
        return databaseTarget;
    }

    static boolean databaseIsServer() {
        return Database.isServerUrl(databaseTarget);
    }

    /** The H2 file; refused for a PostgreSQL store (the caller needs a file, e.g. backup). */
    static Path databasePath() {
        if (databaseIsServer()) {
            throw new io.segbot.store.StoreException("this command works on an H2 file; --db names a server"
                    + " database (" + databaseTarget.replaceAll("\\?.*", "") + ")");
        }
        return Paths.get(databaseTarget);
    }

    /** The folder for this machine's own files beside the store (console history): the H2 file's, or ./segbot-data. */
    static Path localFolder() {
        Path beside = databaseIsServer() ? Paths.get(Main.DEFAULT_DB) : Paths.get(databaseTarget);
        return beside.toAbsolutePath().getParent();
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
            database = open(databaseTarget, System.getenv());
            database.openWarning().ifPresent(warning -> System.err.println("warning: " + warning));
        }
        return database;
    }

    /** Opens an H2 file, or a PostgreSQL URL with the login from the environment (never from a file or a log). */
    static Database open(String target, java.util.Map<String, String> env) {
        if (!Database.isServerUrl(target)) {
            return Database.open(Paths.get(target));
        }
        Secrets secrets = Secrets.fromEnvironment(env);
        DatabaseLogin login = new DatabaseLogin(
                env.getOrDefault(DB_USER, ""), secrets.get(Secrets.DB_PASSWORD).orElse(null));
        return Database.postgres(target, login);
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
