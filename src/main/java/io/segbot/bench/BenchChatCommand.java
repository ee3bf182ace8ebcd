package io.segbot.bench;

import io.segbot.bot.Ack;
import io.segbot.bot.Address;
import io.segbot.bot.BotCore;
import io.segbot.bot.BotPort;
import io.segbot.bot.BotSettings;
import io.segbot.bot.Inbound;
import io.segbot.bot.PermissionPolicy;
import io.segbot.bot.RateLimits;
import io.segbot.bot.Requester;
import io.segbot.ingest.Importer;
import io.segbot.ingest.TransactionGenerator;
import io.segbot.llm.NoModel;
import io.segbot.segmentation.AnalysisService;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.Database;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segbot bench chat}: replays the labelled questions (plans and intents) against a run of N
 * customers through the bot's core, one at a time, and reports answer latency per kind of question
 * without a model; with {@code --model} also the model's time to first token.
 */
@Command(
        name = "chat",
        mixinStandardHelpOptions = true,
        description = "Replay the labelled questions against a large run: p50/p99 answer latency per kind.")
public final class BenchChatCommand implements Callable<Integer> {
    /** No rate limits: the benchmark measures answers, not the limiter. */
    private static final RateLimits NO_LIMITS = (requester, ability) -> Optional.empty();

    private final BenchHost host;

    @Option(
            names = "--customers",
            defaultValue = "1000000",
            paramLabel = "N",
            description = "customers in the generated run; default ${DEFAULT-VALUE}")
    int customers;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed; default ${DEFAULT-VALUE}")
    long seed;

    @Option(
            names = "--rounds",
            defaultValue = "5",
            paramLabel = "R",
            description = "replays of the question sets; default ${DEFAULT-VALUE}")
    int rounds;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "where to build the run; default a temp dir")
    Path workDir;

    @Option(
            names = "--existing",
            description = "answer over the latest run of the --db database (made with generate, import and"
                    + " analyze) instead of generating --customers")
    boolean existing;

    @Option(
            names = "--questions",
            defaultValue = "src/test/resources/bench",
            paramLabel = "DIR",
            description = "the folder of plan-labelled.tsv and intent-eval.tsv; default ${DEFAULT-VALUE} (in the"
                    + " repository)")
    Path questions;

    @Option(names = "--model", paramLabel = "GGUF", description = "also measure time to first token with this model")
    Path model;

    public BenchChatCommand(BenchHost host) {
        this.host = host;
    }

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--rounds must be at least 1, got " + rounds);
        }
        List<BenchChatQuestions.Question> plans = BenchChatQuestions.plans(questions);
        List<BenchChatQuestions.Question> intents = BenchChatQuestions.intents(questions);
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("segbot-bench-chat");
        if (existing) {
            measure(host.database(), dir, plans, intents);
        } else {
            try (Database database = Database.open(dir.resolve("bench-chat-" + System.nanoTime()))) {
                buildRun(database, dir);
                measure(database, dir, plans, intents);
            }
        }
        if (model != null) {
            BenchSupport.timeToFirstToken(model);
        }
        return 0;
    }

    private void measure(
            Database database,
            Path dir,
            List<BenchChatQuestions.Question> plans,
            List<BenchChatQuestions.Question> intents)
            throws InterruptedException {
        RunRepository runs = new RunRepository(database);
        long runCustomers = runs.latest()
                .orElseThrow(() -> new io.segbot.SegbotException(
                        "there is no analysis run in " + host.databaseName() + "; run segbot analyze first"))
                .customers();
        BenchOutbox outbox = new BenchOutbox();
        try (BotCore core = host.core(
                database,
                new NoModel("bench chat measures answers without a model"),
                dir.resolve("exports"),
                PermissionPolicy.defaults("bench"),
                NO_LIMITS,
                BotSettings.defaults())) {
            core.register(outbox);
            long started = System.nanoTime();
            replay(core, outbox, plans.subList(0, 1), 1, "first");
            System.out.printf(
                    "first      the first plan question (loads the run and its order book): %.0f ms%n",
                    (System.nanoTime() - started) / 1e6);
            replay(core, outbox, plans, 1, "warm"); // warm-up: JIT and per-run caches
            replay(core, outbox, intents, 1, "warm");
            System.out.println("load       before: " + BenchChatQuestions.loadAverage());
            Map<BenchChatQuestions.Question, List<long[]>> times = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                // one conversation per set and round, so follow-ups see their previous turn
                record(times, plans, replay(core, outbox, plans, round, "plans"));
                record(times, intents, replay(core, outbox, intents, round, "intents"));
            }
            System.out.println("load       after:  " + BenchChatQuestions.loadAverage());
            report(times, runCustomers);
        }
    }

    /** Adds each question's {wall, cpu} nanoseconds of one round. */
    private static void record(
            Map<BenchChatQuestions.Question, List<long[]>> times,
            List<BenchChatQuestions.Question> set,
            long[][] round) {
        for (int i = 0; i < set.size(); i++) {
            times.computeIfAbsent(set.get(i), q -> new ArrayList<>()).add(new long[] {round[0][i], round[1][i]});
        }
    }

    private void report(Map<BenchChatQuestions.Question, List<long[]>> times, long runCustomers) {
        System.out.printf(
                "chat       %,d questions x %d rounds on %,d customers through the bot's core"
                        + " (BotPort -> ChatService -> Outbox), no model, one at a time:%n",
                times.size(), rounds, runCustomers);
        System.out.printf(
                "  %-18s %9s %10s %10s %10s %12s %12s%n",
                "kind", "answers", "p50 ms", "p99 ms", "max ms", "cpu p50 ms", "cpu p99 ms");
        System.out.println("  (cpu: the answering worker thread's own CPU time, which other load hardly changes)");
        List<String> kinds = new ArrayList<>(BenchChatQuestions.PLAN_KINDS);
        kinds.addAll(BenchChatQuestions.INTENT_KINDS);
        for (String kind : kinds) {
            row(kind, times, q -> q.kind().equals(kind));
        }
        java.util.function.Predicate<BenchChatQuestions.Question> newKind = q -> {
            int index = BenchChatQuestions.PLAN_KINDS.indexOf(q.kind());
            return index >= 0 && index < BenchChatQuestions.PLAN_KINDS.size() - 1;
        };
        row("new kinds (all)", times, newKind);
        row("all but exports", times, q -> !q.kind().equals("export"));
        row("every question", times, q -> true);
        System.out.println("  slowest of the new kinds (median over the rounds):");
        slowest(times, newKind);
        System.out.println("  slowest of all (median over the rounds):");
        slowest(times, q -> true);
    }

    private static void slowest(
            Map<BenchChatQuestions.Question, List<long[]>> times,
            java.util.function.Predicate<BenchChatQuestions.Question> which) {
        times.entrySet().stream()
                .filter(e -> which.test(e.getKey()))
                .sorted(Comparator.comparingLong(
                        (Map.Entry<BenchChatQuestions.Question, List<long[]>> e) -> -median(e.getValue())))
                .limit(8)
                .forEach(e -> System.out.printf(
                        "  %8.1f ms (cpu %6.1f ms)  %-16s %s%n",
                        median(e.getValue(), 0) / 1e6,
                        median(e.getValue(), 1) / 1e6,
                        e.getKey().kind(),
                        e.getKey().text()));
    }

    private static void row(
            String label,
            Map<BenchChatQuestions.Question, List<long[]>> times,
            java.util.function.Predicate<BenchChatQuestions.Question> which) {
        List<long[]> all = times.entrySet().stream()
                .filter(e -> which.test(e.getKey()))
                .flatMap(e -> e.getValue().stream())
                .toList();
        if (all.isEmpty()) {
            return;
        }
        BenchChatQuestions.Percentiles wall = BenchChatQuestions.Percentiles.of(
                all.stream().mapToLong(t -> t[0]).toArray());
        BenchChatQuestions.Percentiles cpu = BenchChatQuestions.Percentiles.of(
                all.stream().mapToLong(t -> t[1]).toArray());
        System.out.printf(
                "  %-18s %9d %10.2f %10.2f %10.2f %12.2f %12.2f%n",
                label, wall.count(), wall.p50(), wall.p99(), wall.max(), cpu.p50(), cpu.p99());
    }

    /** The median wall time of a question over the rounds. */
    private static long median(List<long[]> values) {
        return median(values, 0);
    }

    /** @param which 0 for wall time, 1 for the worker's CPU time */
    private static long median(List<long[]> values, int which) {
        return values.stream().mapToLong(t -> t[which]).sorted().toArray()[(values.size() - 1) / 2];
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

    /**
     * Time from the port's call to the answer reaching the outbox, one question at a time: wall
     * nanoseconds, and the CPU nanoseconds the chat's worker threads spent (the answer itself, not
     * JIT or GC), which other sessions' load on a shared machine hardly changes.
     */
    private static long[][] replay(
            BotPort bot, BenchOutbox outbox, List<BenchChatQuestions.Question> questions, int round, String set)
            throws InterruptedException {
        long[] nanos = new long[questions.size()];
        long[] cpu = new long[questions.size()];
        Requester user = Requester.of("console", "bench");
        Address here = new Address("console", "bench-" + set + "-" + round, null);
        for (int i = 0; i < questions.size(); i++) {
            String text = questions.get(i).text();
            long cpuStarted = workerCpu();
            long started = System.nanoTime();
            Ack ack = bot.message(new Inbound(UUID.randomUUID().toString(), user, here, text));
            if (ack.status() != Ack.Status.ACCEPTED) {
                throw new IllegalStateException("'" + text + "' was not accepted: " + ack.status());
            }
            String answer = outbox.next();
            nanos[i] = System.nanoTime() - started;
            cpu[i] = workerCpu() - cpuStarted;
            if (answer.isEmpty()) {
                throw new IllegalStateException("empty answer to '" + text + "'");
            }
        }
        return new long[][] {nanos, cpu};
    }

    /** CPU time of the chat service's worker threads (segbot-chat-N), nanoseconds. */
    private static long workerCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("segbot-chat-")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }
}
