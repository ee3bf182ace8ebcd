package io.segbot.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether a database already has every packed migration, checked without starting Flyway (whose
 * classpath scan and validation were most of a short command's start-up, issue 14). Every version
 * counts, not only the highest: a version numbered below one already applied (V8 after V12, from
 * work done in parallel) is still pending, and Flyway applies it out of order. Any doubt (no history
 * table, an unreadable listing, a failed migration) answers "not current", and Flyway runs as before.
 */
final class MigrationLevel {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[^/]*\\.sql$");

    private MigrationLevel() {}

    static boolean current(DataSource dataSource, Vendor vendor) {
        Set<Integer> packed = packedVersions(vendor);
        // A failed or a newer segbot's extra version is left to Flyway (and SchemaVersions) too.
        return !packed.isEmpty() && applied(dataSource).map(packed::equals).orElse(false);
    }

    /**
     * Whether a packed version is missing below the newest applied one (V8 after V12): Flyway then
     * needs out-of-order mode, which it warns about, so it is asked for only then.
     */
    static boolean pendingBelowApplied(DataSource dataSource, Vendor vendor) {
        Set<Integer> applied = applied(dataSource).orElse(Set.of());
        int newest = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
        return packedVersions(vendor).stream().anyMatch(v -> v < newest && !applied.contains(v));
    }

    /** The successfully applied versions; empty when there is no history or a failed migration. */
    private static Optional<Set<Integer>> applied(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (!hasHistory(c)) {
                return Optional.empty(); // a new database
            }
            Set<Integer> applied = new HashSet<>();
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT CAST(\"version\" AS INT), \"success\""
                            + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                while (rows.next()) {
                    if (!rows.getBoolean(2)) {
                        return Optional.empty();
                    }
                    applied.add(rows.getInt(1));
                }
            }
            return Optional.of(applied);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /**
     * Asked through the metadata rather than by querying the table and catching the error, because H2
     * logs every failed statement to a {@code .trace.db} file beside the database: a new user's data
     * folder would start with an exception in it.
     */
    private static boolean hasHistory(Connection c) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return tables.next();
        }
    }

    /** The highest Vn of the vendor's migrations folder on the classpath (a jar or a folder). */
    static OptionalInt highestPacked(Vendor vendor) {
        return packedVersions(vendor).stream().mapToInt(Integer::intValue).max();
    }

    /** Every Vn of the vendor's migrations folder on the classpath; empty when it cannot be listed. */
    static Set<Integer> packedVersions(Vendor vendor) {
        String prefix = vendor.resourceFolder() + "/";
        URL folder = MigrationLevel.class.getClassLoader().getResource(vendor.resourceFolder());
        if (folder == null) {
            return Set.of();
        }
        try {
            if (folder.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream()
                            .map(JarEntry::getName)
                            .filter(name -> name.startsWith(prefix))
                            .map(MigrationLevel::version)
                            .filter(version -> version >= 0)
                            .collect(Collectors.toCollection(TreeSet::new));
                }
            }
            if (folder.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    return files.map(p -> p.getFileName().toString())
                            .map(MigrationLevel::version)
                            .filter(version -> version >= 0)
                            .collect(Collectors.toCollection(TreeSet::new));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Set.of();
        }
        return Set.of();
    }

    private static int version(String name) {
        Matcher m = VERSIONED.matcher(name);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
