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
import java.util.OptionalInt;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether a database is already at the newest packed migration, checked without starting Flyway
 * (whose classpath scan and validation were most of a short command's start-up, issue 14). Any
 * doubt (no history table, an unreadable listing, a failed migration) answers "not current", and
 * Flyway runs as before.
 */
final class MigrationLevel {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[^/]*\\.sql$");

    private MigrationLevel() {}

    static boolean current(DataSource dataSource, Vendor vendor) {
        OptionalInt packed = highestPacked(vendor);
        if (packed.isEmpty()) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            if (!hasHistory(c)) {
                return false; // a new database
            }
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)), MIN(CASE WHEN \"success\""
                            + " THEN 1 ELSE 0 END) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                return rows.next() && rows.getInt(1) == packed.getAsInt() && rows.getInt(2) == 1;
            }
        } catch (SQLException e) {
            return false;
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
        String prefix = vendor.resourceFolder() + "/";
        URL folder = MigrationLevel.class.getClassLoader().getResource(vendor.resourceFolder());
        if (folder == null) {
            return OptionalInt.empty();
        }
        try {
            if (folder.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream()
                            .map(JarEntry::getName)
                            .filter(name -> name.startsWith(prefix))
                            .mapToInt(MigrationLevel::version)
                            .max();
                }
            }
            if (folder.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    return files.map(p -> p.getFileName().toString())
                            .mapToInt(MigrationLevel::version)
                            .max();
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }

    private static int version(String name) {
        Matcher m = VERSIONED.matcher(name);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
