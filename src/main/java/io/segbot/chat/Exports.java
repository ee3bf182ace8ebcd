package io.segbot.chat;

import io.segbot.AtomicFiles;
import io.segbot.report.CustomerCsv;
import io.segbot.store.RunRecords;
import io.segbot.store.RunRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes customer-list exports into one folder; the platform decides who may ask for one. Each
 * export is a new file (run, segment, time stamp, and a counter if needed): an export never
 * overwrites another. Files are written whole or not at all and are private (0600) by default
 * ({@link AtomicFiles}); CSV text cells are neutralised against formula injection.
 */
public final class Exports {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Path folder;
    private final Clock clock;

    public Exports(Path folder) {
        this(folder, Clock.systemDefaultZone());
    }

    public Exports(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The written file (absolute) and how many customers it holds. */
    public record Written(Path file, int customers) {}

    /** All members of {@code segment} (or the whole run when null), streamed to a new CSV file. */
    public Written write(RunRepository runs, long runId, RunRecords.Segment segment) {
        String base = "run-" + runId + "-" + (segment == null ? "all" : slug(segment.family() + "-" + segment.key()))
                + "-" + STAMP.format(LocalDateTime.now(clock));
        for (int attempt = 1; ; attempt++) {
            Path file = folder.resolve(base + (attempt == 1 ? "" : "-" + attempt) + ".csv");
            int[] count = {0};
            try {
                AtomicFiles.writeNewText(file, writer -> {
                    CustomerCsv csv = new CustomerCsv(writer);
                    runs.forEachCustomer(
                            runId,
                            segment == null ? null : segment.family(),
                            segment == null ? null : segment.key(),
                            customer -> {
                                csv.write(customer);
                                count[0]++;
                            });
                    csv.flush();
                });
                return new Written(file, count[0]);
            } catch (FileAlreadyExistsException taken) {
                if (attempt >= 100) {
                    throw new UncheckedIOException("cannot find a free export name in " + folder, taken);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export " + file + ": " + e.getMessage(), e);
            }
        }
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
