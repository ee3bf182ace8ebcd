package io.segbot.app;

import io.segbot.ingest.ImportSummary;
import io.segbot.ingest.Importer;
import io.segbot.segmentation.AnalysisService;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code segbot demo}: the embedded default: import the bundled sample on first use, analyse, show. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Import the bundled sample data (first run only), analyse it and print the segment table.")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE_RESOURCE = "/sample-data/sample_transactions.csv";

    @Override
    public Integer call() throws Exception {
        Database database = AppContext.database();
        AnalysisService.Outcome outcome = ensureSampleAnalysed(database);
        SegmentsCommand.print(new AnalysisService(database, Clock.systemDefaultZone()).runs(), outcome.runId(), false);
        return 0;
    }

    /** On an empty database, imports the bundled sample and analyses it, saying so on stderr. */
    static AnalysisService.Outcome ensureSampleAnalysed(Database database) throws IOException {
        AnalysisService service = new AnalysisService(database, Clock.systemDefaultZone());
        if (new DatasetRepository(database).list().isEmpty()) {
            System.err.println(
                    "Empty database: importing the bundled sample (data/sample_transactions.csv) and analysing it.");
            Path file = extractSample();
            try {
                ImportSummary summary = new Importer(database)
                        .importTransactions(new Importer.Request(
                                file,
                                "sample_transactions",
                                false,
                                io.segbot.ingest.OnError.FAIL,
                                io.segbot.ingest.ColumnMapping.automatic(),
                                ','));
                System.err.println(ImportCommand.summaryText(summary));
            } finally {
                Files.deleteIfExists(file);
            }
        }
        var latest = service.runs().latest();
        return latest.isPresent()
                ? new AnalysisService.Outcome(latest.get().id(), null, null, null, null)
                : service.analyze(new AnalysisService.Request(null, null, 0, 42, 365));
    }

    private static Path extractSample() throws IOException {
        Path file = Files.createTempFile("segbot-sample", ".csv");
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IOException(
                        "the bundled sample " + SAMPLE_RESOURCE + " is missing from the jar; rebuild with mvn package");
            }
            io.segbot.AtomicFiles.write(file, in::transferTo);
        }
        return file;
    }
}
