package io.segbot.bench.transport;

import io.segbot.bench.BenchHost;
import io.segbot.bot.BotCore;
import io.segbot.bot.BotSettings;
import io.segbot.bot.PermissionPolicy;
import io.segbot.bot.TokenBuckets;
import io.segbot.ingest.Importer;
import io.segbot.ingest.TransactionGenerator;
import io.segbot.llm.NoModel;
import io.segbot.segmentation.AnalysisService;
import io.segbot.store.Database;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What {@code bench slack} and {@code bench discord} share: a seeded, analysed dataset and the real
 * core without a model, so that what they time is the platform's transport and nothing else.
 */
final class TransportBench {
    private TransportBench() {}

    /** Generates {@code customers} seeded customers (seed 7, two years), imports and analyses them. */
    static void seedRun(Database database, Path dir, int customers) throws IOException {
        Path csv = dir.resolve("bench_transactions_" + customers + ".csv");
        try (BufferedWriter writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            TransactionGenerator.write(
                    new TransactionGenerator.Spec(customers, 7, LocalDate.of(2023, 1, 1), 730, 14, 20), writer);
        }
        new Importer(database).importTransactions(Importer.Request.of(csv));
        new AnalysisService(database, Clock.systemUTC()).analyze(new AnalysisService.Request(null, null, 0, 7, 365));
    }

    /** The core with the default permissions and rate limits, no model; {@code platform} names the bench. */
    static BotCore core(BenchHost host, Database database, Path dir, String platform) {
        return host.core(
                database,
                new NoModel("bench " + platform + " measures the transport without a model"),
                dir.resolve("exports"),
                PermissionPolicy.defaults("bench"),
                new TokenBuckets(TokenBuckets.defaultLimits(), Clock.systemUTC()),
                BotSettings.defaults());
    }
}
