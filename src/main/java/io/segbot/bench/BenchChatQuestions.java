package io.segbot.bench;

import io.segbot.SegbotException;
import io.segbot.chat.intent.Intent;
import io.segbot.chat.intent.LabelledUtterance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions {@code bench chat} replays, each with the kind it is reported under: the labelled
 * question plans ({@code plan-labelled.tsv}) by the kind of their plan, and the labelled intents
 * ({@code intent-eval.tsv}), exports apart (they write a CSV of a whole segment). Both are test
 * data of the repository ({@code src/test/resources/bench}), read from a folder, not from the jar.
 */
final class BenchChatQuestions {
    /** A question and its kind. */
    record Question(String kind, String text) {}

    /** Plan kinds in report order; "intents" and "export" come from the intent set. */
    static final List<String> PLAN_KINDS = List.of(
            "time window", "top-N list", "distribution", "count in segment", "total", "don't have that", "to intents");

    static final List<String> INTENT_KINDS = List.of("intents", "export");

    private static final Set<String> DISTRIBUTIONS = Set.of(
            "top_share",
            "spend",
            "order_value",
            "days_between_orders",
            "largest_order",
            "repeat_rate",
            "one_time_buyers",
            "first_order",
            "last_order",
            "p_alive",
            "recency");

    static final String PLANS = "plan-labelled.tsv";
    static final String INTENTS = "intent-eval.tsv";

    private BenchChatQuestions() {}

    static List<Question> plans(Path folder) throws IOException {
        List<Question> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file(folder, PLANS), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    out.add(new Question(planKind(line.substring(0, tab)), line.substring(tab + 1)));
                }
            }
        }
        return out;
    }

    static List<Question> intents(Path folder) throws IOException {
        Path file = file(folder, INTENTS);
        try (InputStream in = Files.newInputStream(file)) {
            return LabelledUtterance.read(in, file.toString()).stream()
                    .map(u -> new Question(u.intent() == Intent.EXPORT ? "export" : "intents", u.text()))
                    .toList();
        }
    }

    /** The kind of a labelled plan (QuestionPlan#canonical(): space-separated key=value tokens). */
    static String planKind(String label) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String token : label.trim().split(" ")) {
            int eq = token.indexOf('=');
            keys.put(eq < 0 ? token : token.substring(0, eq), eq < 0 ? "" : token.substring(eq + 1));
        }
        if (keys.containsKey("none")) {
            return "to intents";
        }
        if (keys.containsKey("missing") || keys.containsKey("refuse")) {
            return "don't have that";
        }
        if (keys.containsKey("list")) {
            return "top-N list";
        }
        if (keys.containsKey("window") || keys.containsKey("vs_window")) {
            return "time window";
        }
        if (keys.containsKey("stat") || DISTRIBUTIONS.contains(keys.getOrDefault("measure", ""))) {
            return "distribution";
        }
        if (keys.containsKey("pop") || keys.containsKey("group") || keys.containsKey("band")) {
            return "count in segment";
        }
        return "total";
    }

    private static Path file(Path folder, String name) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new SegbotException(file + " is not there: run from the repository folder, or give --questions"
                    + " the folder that holds " + PLANS + " and " + INTENTS);
        }
        return file;
    }

    /** The machine's load averages (1, 5, 15 minutes) from /proc/loadavg, or "unknown" off Linux. */
    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores (the machine is shared)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** p50, p99 and max in milliseconds of some answer times (nearest rank). */
    record Percentiles(int count, double p50, double p99, double max) {
        static Percentiles of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return new Percentiles(
                    n,
                    sorted[Math.max(0, (int) Math.ceil(n * 0.50) - 1)] / 1e6,
                    sorted[Math.max(0, (int) Math.ceil(n * 0.99) - 1)] / 1e6,
                    sorted[n - 1] / 1e6);
        }
    }
}
