package io.segbot.chat;

import io.segbot.AtomicFiles;
import io.segbot.CsvCells;
import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.plan.PlanResult;
import io.segbot.report.CustomerCsv;
import io.segbot.segmentation.RunRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
    public Written write(RunRepository runs, long runId, SegmentProfile segment) {
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

    /**
     * A customer list as asked ("top 200 customers by spend"), every row, to a new CSV file:
     * rank, customer id, the value it was ranked by, spend and orders.
     */
    public Written writeList(long runId, String what, String valueColumn, List<PlanResult.Row> rows) {
        String base = "run-" + runId + "-list-" + slug(what) + "-" + STAMP.format(LocalDateTime.now(clock));
        for (int attempt = 1; ; attempt++) {
            Path file = folder.resolve(base + (attempt == 1 ? "" : "-" + attempt) + ".csv");
            try {
                AtomicFiles.writeNewText(file, writer -> {
                    try (CSVPrinter csv = new CSVPrinter(
                            writer,
                            CSVFormat.RFC4180
                                    .builder()
                                    .setHeader("rank", "customer_id", valueColumn, "spend", "orders")
                                    .get())) {
                        for (int i = 0; i < rows.size(); i++) {
                            PlanResult.Row row = rows.get(i);
                            // ids come from the imported file: neutralise spreadsheet formulas
                            csv.printRecord(
                                    i + 1,
                                    CsvCells.text(row.customerId()),
                                    number(row.value()),
                                    number(row.spend()),
                                    row.orders());
                        }
                        csv.flush();
                    }
                });
                return new Written(file, rows.size());
            } catch (FileAlreadyExistsException taken) {
                if (attempt >= 100) {
                    throw new UncheckedIOException("cannot find a free export name in " + folder, taken);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4f", value);
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
