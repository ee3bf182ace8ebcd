package io.segbot.app;

import io.segbot.analysis.AnalysisService;
import io.segbot.chat.intent.LabelledUtterance;
import io.segbot.ingest.Importer;
import io.segbot.ingest.TransactionGenerator;
import io.segbot.store.Database;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segbot bench chat}: replays the labelled utterances against a run of N customers and
 * reports answer latency without a model; with {@code --model} also the model's time to first token.
 */
@Command(
        name = "chat",
        mixinStandardHelpOptions = true,
        description = "Replay the labelled utterances against a large run: p50/p99 answer latency and throughput.")
final class BenchChatCommand implements Callable<Integer> {
    @Option(
            names = "--customers",
            defaultValue = "1000000",
            paramLabel = "N",
            description = "customers in the run; default ${DEFAULT-VALUE}")
    int customers;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed; default ${DEFAULT-VALUE}")
    long seed;

    @Option(
            names = "--rounds",
            defaultValue = "5",
            paramLabel = "R",
            description = "replays of the utterance set; default ${DEFAULT-VALUE}")
    int rounds;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "where to build the run; default a temp dir")
    Path workDir;

    @Option(names = "--model", paramLabel = "GGUF", description = "also measure time to first token with this model")
    Path model;

    @Override
    public Integer call() throws Exception {
        List<LabelledUtterance> utterances;
        try (InputStream in = BenchChatCommand.class.getResourceAsStream("/bench/intent-eval.tsv")) {
            utterances = LabelledUtterance.read(in, "bench/intent-eval.tsv");
        }
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("segbot-bench-chat");
        try (Database database = Database.open(dir.resolve("bench-chat-" + System.nanoTime()))) {
            buildRun(database, dir);
            BenchOutbox outbox = new BenchOutbox();
            try (io.segbot.bot.BotCore core = BotWiring.core(
                    database,
                    new io.segbot.llm.NoModel("bench chat measures answers without a model"),
                    new ChatSettings(10, java.time.Duration.ofMinutes(30), dir.resolve("exports")),
                    io.segbot.bot.PermissionPolicy.defaults("bench"),
                    BotWiring.UNLIMITED,
                    io.segbot.bot.BotSettings.defaults())) {
                core.register(outbox);
                replay(core, outbox, utterances, 1); // warm-up: JIT, snapshot and customer index
                long[] nanos = replay(core, outbox, utterances, rounds);
                print("chat      ", nanos, utterances.size());
                // issue 13: the question-plan kinds (windows, lists, distributions, missing data) on their own
                List<LabelledUtterance> plans = planQuestions();
                replay(core, outbox, plans, 1); // warm-up: builds the run's order book once
                print("chat plans", replay(core, outbox, plans, rounds), plans.size());
            }
        }
        if (model != null) {
            BenchSupport.timeToFirstToken(model);
        }
        return 0;
    }

    /** The labelled plan questions (bench/plan-labelled.tsv), as utterances: the label is not used here. */
    private static List<LabelledUtterance> planQuestions() throws java.io.IOException {
        List<LabelledUtterance> out = new java.util.ArrayList<>();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                BenchChatCommand.class.getResourceAsStream("/bench/plan-labelled.tsv"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    out.add(new LabelledUtterance(
                            io.segbot.chat.intent.Intent.BUSINESS_METRICS, line.substring(tab + 1), n));
                }
            }
        }
        return out;
    }

    private void print(String label, long[] nanos, int utteranceCount) {
        Arrays.sort(nanos);
        double total = Arrays.stream(nanos).sum() / 1e9;
        System.out.printf(
                "%s %,d answers (%d utterances x %d rounds) on %,d customers through the bot's core"
                        + " (BotPort -> ChatService -> Outbox), no model: p50 %.2f ms, p99 %.2f ms, max %.2f ms,"
                        + " %.0f answers/s%n",
                label,
                nanos.length,
                utteranceCount,
                rounds,
                customers,
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99) - 1)] / 1e6,
                nanos[nanos.length - 1] / 1e6,
                nanos.length / total);
    }

    private void buildRun(Database database, Path dir) throws Exception {
        Path csv = dir.resolve("bench_chat_" + customers + ".csv");
        try (BufferedWriter writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            TransactionGenerator.write(
                    new TransactionGenerator.Spec(customers, seed, LocalDate.of(2023, 1, 1), 730, 14, 20), writer);
        }
        long started = System.nanoTime();
        new Importer(database).importTransactions(Importer.Request.of(csv));
        new AnalysisService(database, Clock.systemUTC()).analyze(new AnalysisService.Request(null, null, 0, seed, 365));
        System.out.printf(
                "setup      import + analyze %,d customers: %.1f s%n", customers, (System.nanoTime() - started) / 1e9);
    }

    /** Time from the port's call to the answer reaching the outbox, one question at a time. */
    private static long[] replay(
            io.segbot.bot.BotPort bot, BenchOutbox outbox, List<LabelledUtterance> utterances, int rounds)
            throws InterruptedException {
        long[] nanos = new long[utterances.size() * rounds];
        int i = 0;
        io.segbot.bot.Requester user = io.segbot.bot.Requester.of("console", "bench");
        for (int round = 0; round < rounds; round++) {
            io.segbot.bot.Address here = new io.segbot.bot.Address("console", "bench-" + round, null);
            for (LabelledUtterance u : utterances) {
                long started = System.nanoTime();
                io.segbot.bot.Ack ack = bot.message(
                        new io.segbot.bot.Inbound(java.util.UUID.randomUUID().toString(), user, here, u.text()));
                if (ack.status() != io.segbot.bot.Ack.Status.ACCEPTED) {
                    throw new IllegalStateException("'" + u.text() + "' was not accepted: " + ack.status());
                }
                String answer = outbox.next();
                nanos[i++] = System.nanoTime() - started;
                if (answer.isEmpty()) {
                    throw new IllegalStateException("empty answer to '" + u.text() + "'");
                }
            }
        }
        return nanos;
    }
}
