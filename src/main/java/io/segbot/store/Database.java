package io.segbot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store: the embedded H2 database by default, or a shared PostgreSQL server ({@link
 * #postgres}), migrated by Flyway when opened from {@code db/migrations} or {@code
 * db/migrations-postgresql} (packed into the jar as classpath resources). Thread-safe; close it once
 * at shutdown.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    static {
        // AUTO_SERVER starts a TCP server in the first process that opens a file, so a second process
        // (the command line while serve runs) reaches the same database. H2 binds it to every
        // interface unless told otherwise: keep it on loopback, it is for this machine only.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final DataSource pool;
    private final Runnable closePool;
    private final String url;
    private final Vendor vendor;
    private final String shownName;
    private final boolean readOnly;
    private WriteMarker marker;
    private String openWarning;

    private Database(
            String url, String shownName, Vendor vendor, boolean readOnly, DataSource pool, Runnable closePool) {
        this.url = url;
        this.shownName = shownName;
        this.vendor = vendor;
        this.readOnly = readOnly;
        this.pool = pool;
        this.closePool = closePool;
        if (readOnly) {
            requireCurrentSchema();
            return;
        }
        long started = System.nanoTime();
        if (MigrationLevel.current(pool, vendor)) {
            log.debug(
                    "database {} is at the newest migration; checked in {} ms",
                    url,
                    (System.nanoTime() - started) / 1_000_000);
            return;
        }
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations(vendor.flywayLocation())
                    // Versions are numbered per parallel work stream: one lower than the newest applied
                    // (V8 after V12) is applied when it arrives instead of failing validation.
                    .outOfOrder(MigrationLevel.pendingBelowApplied(pool, vendor))
                    .loggers("slf4j")
                    .load();
            SchemaVersions.refuseNewer(flyway, shownName);
            flyway.migrate();
        } catch (org.flywaydb.core.api.FlywayException | StoreException e) {
            closePool.run();
            throw OpenFailures.explain(shownName, e);
        }
        log.debug("database {} migrated in {} ms", url, (System.nanoTime() - started) / 1_000_000);
    }

    private static Database h2(String url, String shownName, boolean readOnly) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(16);
        return new Database(url, shownName, Vendor.H2, readOnly, pool, pool::dispose);
    }

    /**
     * Opens (creating and migrating if needed) the file database at {@code path} (without .mv.db).
     * Several processes may open the same file at once (H2's mixed mode, AUTO_SERVER): the first
     * holds the file and serves the others over a loopback TCP port written to the lock file; when
     * it exits, another one takes over. (H2 refuses DB_CLOSE_ON_EXIT=FALSE with it; serve handles
     * SIGTERM itself and closes the database after its jobs, before the JVM's exit hooks run.)
     */
    public static Database open(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path file = Path.of(absolute + ".mv.db");
        Database database;
        if (Files.exists(file) && (notWritable(file) || notWritable(file.getParent()))) {
            // No AUTO_SERVER: H2 cannot serve a file it may not write. No trace file in a read-only folder.
            database = h2("jdbc:h2:file:" + absolute + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0", file.toString(), true);
        } else {
            createFolder(absolute.getParent(), file);
            database = h2("jdbc:h2:file:" + absolute + ";AUTO_SERVER=TRUE", file.toString(), false);
            try {
                // Customer data is personal data: the file is the user's alone (SEGBOT_FILE_MODE=shared to opt out).
                io.segbot.AtomicFiles.makePrivate(file);
            } catch (java.io.IOException e) {
                log.warn("cannot make {} private: {}", absolute, e.getMessage());
            }
        }
        database.marker = new WriteMarker(file);
        database.openWarning = database.marker.check(database.pool);
        return database;
    }

    private static void createFolder(Path folder, Path file) {
        if (folder == null) {
            return;
        }
        if (Files.isDirectory(folder) && notWritable(folder)) {
            throw new StoreException("cannot create the database " + file + ": its folder " + folder
                    + " is not writable; make the folder writable, or point --db at a file in a writable folder");
        }
        try {
            io.segbot.AtomicFiles.createFolders(folder);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the database folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether segbot may not write {@code path}: the process lacks the permission, or nobody has it
     * (no write bit at all: the owner made it read-only on purpose, which segbot respects even when
     * it runs as root, who could write anyway).
     */
    static boolean notWritable(Path path) {
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            return java.util.Collections.disjoint(Files.getPosixFilePermissions(path), WRITE_BITS);
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> WRITE_BITS = java.util.EnumSet.of(
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
            java.nio.file.attribute.PosixFilePermission.GROUP_WRITE,
            java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);

    /** A read-only database cannot be migrated: it must already be at this segbot's schema. */
    private void requireCurrentSchema() {
        try (Connection connection = pool.getConnection()) {
            connection.isValid(1);
        } catch (SQLException e) {
            closePool.run();
            throw OpenFailures.explain(shownName, new StoreException(io.segbot.ErrorText.sql(e), e));
        }
        if (!MigrationLevel.current(pool, vendor)) {
            closePool.run();
            throw new StoreException(shownName + " is read-only (the file or its folder is not writable) and was"
                    + " written by another segbot version, so it cannot be upgraded here; make it writable once,"
                    + " or use the segbot that wrote it");
        }
    }

    /** Whether the file was opened read-only (not writable): reads work, every write is refused in words. */
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * A warning found on open, to show the user once: the file is older than segbot last left it
     * (truncated, or replaced by an older copy; {@link WriteMarker}). Empty when all is well.
     */
    public java.util.Optional<String> openWarning() {
        return java.util.Optional.ofNullable(openWarning);
    }

    /** A private in-memory database, alive until closed: for tests. */
    public static Database inMemory(String name) {
        return h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "mem:" + name, false);
    }

    /**
     * Connects to a PostgreSQL database ({@code jdbc:postgresql://host:port/db}) through a HikariCP
     * pool and migrates it from {@code db/migrations-postgresql}. Several segbot processes may share
     * it: Flyway takes PostgreSQL's advisory lock while migrating, and the repositories are written to
     * be safe across processes (README, PostgreSQL). The password belongs in {@code login}, never in
     * the URL (it would reach logs and process listings), so a URL holding one is refused.
     */
    public static Database postgres(String url, DatabaseLogin login) {
        String shown = PostgresPool.checkUrl(url);
        PostgresPool pool = PostgresPool.open(url, login, shown);
        return new Database(url, shown, Vendor.POSTGRESQL, false, pool.dataSource(), pool::close);
    }

    /** True when {@code target} names a server database (a JDBC URL) rather than an H2 file path. */
    public static boolean isServerUrl(String target) {
        return target.startsWith("jdbc:");
    }

    public DataSource dataSource() {
        return pool;
    }

    public String url() {
        return url;
    }

    public Vendor vendor() {
        return vendor;
    }

    /** Work done on one connection inside one transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(TransactionWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(OpenFailures.describe(shownName, e), e);
        }
    }

    /**
     * Writes a consistent copy of the open database to {@code target} (a zip holding the .mv.db) with
     * H2's online {@code BACKUP TO}, while other connections keep working. Written to a temporary
     * file in the target's folder and renamed into place; an existing file is never overwritten.
     * Restore: stop segbot, unzip the file into the database's folder ({@code unzip backup.zip -d
     * segbot-data/}), or point {@code --db} at the unzipped copy.
     */
    public void backup(Path target) {
        if (vendor != Vendor.H2) {
            throw new StoreException("segbot backup copies an H2 file; back up PostgreSQL with its own tools"
                    + " (pg_dump --format=custom segbot > segbot.dump), which copy it consistently while in use");
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new StoreException(absolute + " already exists; segbot never overwrites a backup, choose a new name");
        }
        try {
            io.segbot.AtomicFiles.createFolders(absolute.getParent());
            Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
            try {
                Files.delete(temp); // BACKUP TO creates the file itself
                inTransaction(c -> c.createStatement()
                        .execute("BACKUP TO '" + temp.toString().replace("'", "''") + "'"));
                io.segbot.AtomicFiles.makePrivate(temp);
                Files.move(temp, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot write the backup " + absolute + ": " + io.segbot.ErrorText.oneLine(e), e);
        }
    }

    @Override
    public void close() {
        if (marker != null && !readOnly) {
            marker.record(pool);
        }
        try (Connection connection = pool.getConnection()) {
            if (url.startsWith("jdbc:h2:mem:")) {
                connection.createStatement().execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            log.warn("closing {} failed: {}", url, e.getMessage());
        }
        closePool.run();
    }
}
