package io.segbot.chat;

import io.segbot.report.CustomerCsv;
import io.segbot.store.RunRecords;
import io.segbot.store.RunRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes customer-list exports into one folder; the platform decides who may ask for one. */
public final class Exports {
    private final Path folder;

    public Exports(Path folder) {
        this.folder = folder;
    }

    /** The written file and how many customers it holds. */
    public record Written(Path file, int customers) {}

    /** All members of {@code segment} (or the whole run when null), streamed to a new CSV file. */
    public Written write(RunRepository runs, long runId, RunRecords.Segment segment) {
        String name = "run-" + runId + "-" + (segment == null ? "all" : slug(segment.family() + "-" + segment.key()))
                + ".csv";
        Path file = folder.resolve(name);
        int[] count = {0};
        try {
            Files.createDirectories(folder);
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    CustomerCsv csv = new CustomerCsv(writer)) {
                runs.forEachCustomer(
                        runId,
                        segment == null ? null : segment.family(),
                        segment == null ? null : segment.key(),
                        customer -> {
                            csv.write(customer);
                            count[0]++;
                        });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export " + file + ": " + e.getMessage(), e);
        }
        return new Written(file, count[0]);
    }

    static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
