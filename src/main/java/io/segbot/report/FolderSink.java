package io.segbot.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console platform's sink: writes each report into
 * {@code ROOT/CHANNEL/KIND-run-ID-YYYYMMDDTHHMMZ/} (report.md, PNGs, CSVs). Thread-safe; blocks on
 * disk writes only.
 */
public final class FolderSink implements ReportSink {
    private static final Logger log = LoggerFactory.getLogger(FolderSink.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final Clock clock;

    public FolderSink(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    @Override
    public void deliver(Destination destination, Report report) {
        Path folder = folderFor(destination, report);
        try {
            ReportWriter.write(report, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report to " + folder + ": " + e.getMessage(), e);
        }
        log.info("wrote {} report to {}", report.kind(), folder);
    }

    Path folderFor(Destination destination, Report report) {
        String runs = report.runs().stream().map(r -> Long.toString(r.runId())).collect(Collectors.joining("-"));
        return root.resolve(safe(destination.channel()))
                .resolve(report.kind().id() + "-run-" + runs + "-" + STAMP.format(clock.instant()));
    }

    /** A channel name as one safe folder name: "#growth" becomes "growth". */
    static String safe(String channel) {
        String cleaned = channel.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return cleaned.isEmpty() ? "default" : cleaned;
    }
}
