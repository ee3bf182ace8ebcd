package io.segbot.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The console's sink: each delivery is a folder {@code ROOT/CHANNEL/yyyyMMdd-HHmmss-KIND}. */
public final class FolderSink implements ReportSink {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path root;
    private final Clock clock;

    public FolderSink(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    @Override
    public void deliver(Report report, String channel) throws Exception {
        String safe = channel.replaceAll("[^A-Za-z0-9_.-]", "_");
        ReportFiles.write(report, root.resolve(safe).resolve(STAMP.format(clock.instant()) + "-" + report.kind()));
    }
}
