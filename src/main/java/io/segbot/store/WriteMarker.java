package io.segbot.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices a database file that went back in time. H2 writes its file in chunks and, when the end
 * of the file is cut off (a truncated copy, a disk error), opens the last whole chunk without a
 * word: the newest runs are simply gone. So when segbot closes a database it records, in a small
 * file beside it ({@code NAME.state}), the next value of every identity column (dataset, analysis
 * run, MECE run, naming run, job ids). Identity values only grow (a rollback or a delete does not
 * give one back), so on the next open a value below the recorded one means rows segbot wrote are
 * missing. The record also holds the file's identity (device and inode): a new or restored file (a
 * new inode) is not a rollback and is simply recorded. A process killed before it closed the
 * database leaves the record behind the file, which is never reported.
 */
final class WriteMarker {
    private static final Logger log = LoggerFactory.getLogger(WriteMarker.class);
    private static final String FILE_KEY = "file";
    private static final Map<String, String> NAMES = Map.of(
            "ANALYSIS_RUN", "analysis run",
            "DATASET", "dataset",
            "MECE_RUN", "MECE run",
            "NAMING_RUN", "naming run",
            "BOT_JOB", "job");

    private final Path databaseFile;
    private final Path marker;

    WriteMarker(Path databaseFile) {
        this.databaseFile = databaseFile;
        String name = databaseFile.getFileName().toString();
        this.marker = databaseFile.resolveSibling(name.substring(0, name.length() - ".mv.db".length()) + ".state");
    }

    Path file() {
        return marker;
    }

    /**
     * Compares the open database with the record and records its current state; returns the
     * warning when rows segbot wrote are missing, else null. Never throws: a marker that cannot be
     * read or written only costs the check.
     */
    String check(DataSource dataSource) {
        Map<String, Long> now;
        Map<String, Long> before;
        boolean sameFile;
        String warning;
        try {
            now = counters(dataSource);
            Properties recorded = recorded();
            before = recorded == null ? null : counters(recorded);
            sameFile = recorded != null && fileKey().equals(recorded.getProperty(FILE_KEY));
            warning = sameFile ? compare(before, now) : null; // another file here: a new database or a restored backup
        } catch (SQLException | IOException | RuntimeException e) {
            log.debug("the rollback check of {} was skipped: {}", databaseFile, e.toString());
            return null;
        }
        if (!sameFile || !now.equals(before)) {
            try {
                record(now);
            } catch (IOException | RuntimeException e) {
                log.debug("cannot record the state of {}: {}", databaseFile, e.toString());
            }
        }
        return warning;
    }

    /** Records the current state (at close). */
    void record(DataSource dataSource) {
        try {
            record(counters(dataSource));
        } catch (SQLException | IOException | RuntimeException e) {
            log.debug("cannot record the state of {}: {}", databaseFile, e.toString());
        }
    }

    private String compare(Map<String, Long> recorded, Map<String, Long> now) {
        List<String> missing = new ArrayList<>();
        recorded.forEach((table, next) -> {
            Long current = now.get(table);
            if (current != null && current < next) {
                String what =
                        NAMES.getOrDefault(table, table.toLowerCase(Locale.ROOT).replace('_', ' '));
                missing.add(what + " ids up to " + (next - 1) + " were written, the file now ends at " + (current - 1));
            }
        });
        if (missing.isEmpty()) {
            return null;
        }
        return databaseFile + " is older than segbot last left it (" + String.join("; ", missing)
                + "): the file was probably cut short or replaced by an older copy, and H2 opened its last"
                + " complete state. If that was not on purpose, stop segbot and restore a backup (README,"
                + " Backup); this warning is shown once";
    }

    private static Map<String, Long> counters(DataSource dataSource) throws SQLException {
        Map<String, Long> counters = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT TABLE_NAME, IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                                + " WHERE IS_IDENTITY = 'YES' AND TABLE_SCHEMA = 'PUBLIC'")) {
            while (rows.next()) {
                counters.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counters;
    }

    private static Map<String, Long> counters(Properties recorded) {
        Map<String, Long> counters = new TreeMap<>();
        for (String key : recorded.stringPropertyNames()) {
            if (!key.equals(FILE_KEY)) {
                counters.put(key, Long.parseLong(recorded.getProperty(key)));
            }
        }
        return counters;
    }

    private Properties recorded() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(marker)) {
            properties.load(reader);
            return properties;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private void record(Map<String, Long> counters) throws IOException {
        StringBuilder text = new StringBuilder("# segbot: the identity counters of ")
                .append(databaseFile.getFileName())
                .append(
                        " when segbot last opened or closed it (a lower value later means the file went back in time)\n")
                .append(FILE_KEY)
                .append('=')
                .append(fileKey())
                .append('\n');
        counters.forEach(
                (table, next) -> text.append(table).append('=').append(next).append('\n'));
        io.segbot.AtomicFiles.writeString(marker, text.toString());
    }

    private String fileKey() throws IOException {
        Object key =
                Files.readAttributes(databaseFile, BasicFileAttributes.class).fileKey();
        return key == null ? "unknown" : key.toString().replace('=', ':');
    }
}
