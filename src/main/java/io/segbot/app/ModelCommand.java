package io.segbot.app;

import io.segbot.llm.GgufMetadata;
import io.segbot.llm.GgufReader;
import io.segbot.llm.LanguageModel;
import io.segbot.llm.LanguageModels;
import io.segbot.llm.LlmConfig;
import io.segbot.llm.ModelBench;
import io.segbot.llm.ModelLoadException;
import io.segbot.llm.ModelLocator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code segbot model info|bench}. Note: after bench has loaded a model, java-llama.cpp 4.2.0
 * keeps a native thread alive, so Main must end the process with {@code System.exit}.
 */
@Command(
        name = "model",
        description = "Show the local language model's metadata or measure its speed.",
        mixinStandardHelpOptions = true,
        subcommands = {ModelCommand.Info.class, ModelCommand.Bench.class})
final class ModelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Options shared by the subcommands. */
    static final class ModelOptions {
        @Option(names = "--model", description = "GGUF file (default: SEGBOT_MODEL, model.path, first models/*.gguf)")
        Path model;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        LlmConfig config() {
            LlmConfig config = AppContext.config().model();
            return model == null ? config : config.withModel(model, "--model");
        }
    }

    @Command(
            name = "info",
            description = "Architecture, parameters, quantisation, context length, chat template.",
            mixinStandardHelpOptions = true)
    static final class Info implements Callable<Integer> {
        @Mixin
        ModelOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ModelLocator.Choice choice = ModelLocator.choose(options.config());
            if (choice.path().isEmpty()) {
                out.println(
                        options.json
                                ? json(Map.of("model", "none", "reason", choice.why()))
                                : "no model: " + choice.why());
                return 0;
            }
            Path path = choice.path().get();
            try {
                GgufMetadata metadata = GgufReader.read(path);
                Map<String, Object> fields = fields(path, choice.why(), metadata);
                out.println(options.json ? json(fields) : table(fields));
                return 0;
            } catch (ModelLoadException e) {
                throw e;
            }
        }

        private static Map<String, Object> fields(Path path, String why, GgufMetadata metadata) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("path", path.toString());
            fields.put("chosen_by", why);
            fields.put("size_bytes", size(path));
            fields.put("gguf_version", metadata.version());
            fields.put("architecture", metadata.architecture());
            fields.put("name", metadata.name().orElse(""));
            fields.put("parameters", metadata.parameterCount());
            fields.put("quantisation", metadata.quantisation());
            fields.put("context_length", metadata.contextLength().orElse(0L));
            fields.put("layers", metadata.blockCount().orElse(0L));
            fields.put("embedding_length", metadata.embeddingLength().orElse(0L));
            fields.put("vocabulary_size", metadata.vocabularySize());
            fields.put("chat_template", metadata.chatTemplate().isPresent());
            return fields;
        }

        private static String table(Map<String, Object> fields) {
            StringBuilder text = new StringBuilder();
            fields.forEach((key, value) -> {
                String shown =
                        switch (key) {
                            case "parameters" -> humanCount((Long) value) + " ("
                                    + String.format(Locale.ROOT, "%,d", value) + ")";
                            case "size_bytes" -> String.format(Locale.ROOT, "%,d", value);
                            case "chat_template" -> (Boolean) value ? "present" : "none (ChatML is used)";
                            default -> String.valueOf(value);
                        };
                text.append(String.format(Locale.ROOT, "%-17s %s%n", key.replace('_', ' '), shown));
            });
            return text.toString().stripTrailing();
        }
    }

    @Command(
            name = "bench",
            description = "Prompt and generation tokens per second on this machine.",
            mixinStandardHelpOptions = true)
    static final class Bench implements Callable<Integer> {
        @Mixin
        ModelOptions options;

        @Spec
        CommandSpec spec;

        @Option(names = "--tokens", defaultValue = "128", description = "Tokens to generate per round (default 128).")
        int tokens;

        @Option(
                names = "--prompt-sentences",
                defaultValue = "16",
                description = "Sentences of prompt, about 14 tokens each (default 16).")
        int promptSentences;

        @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds after one warm-up (default 3).")
        int rounds;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (LanguageModel model = LanguageModels.open(options.config())) {
                if (!model.isAvailable()) {
                    throw new io.segbot.llm.ModelUnavailableException(
                            model.describe().startupLine());
                }
                ModelBench.Result result = ModelBench.run(model, promptSentences, tokens, rounds);
                out.println(
                        options.json
                                ? json(fields(result))
                                : table(model.describe().startupLine(), result));
            }
            return 0;
        }

        private static Map<String, Object> fields(ModelBench.Result result) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("model", result.model());
            fields.put("load_ms", result.loadTime().toMillis());
            fields.put("rounds", result.rounds());
            fields.put("prompt_tokens", result.promptTokens());
            fields.put("prompt_tokens_per_second", finiteOrNull(result.promptTokensPerSecond()));
            fields.put("generated_tokens", result.generatedTokens());
            fields.put("generation_tokens_per_second", finiteOrNull(result.generationTokensPerSecond()));
            return fields;
        }

        private static String table(String startupLine, ModelBench.Result result) {
            return startupLine
                    + String.format(
                            Locale.ROOT,
                            "%nprompt      %8.1f tokens/s  (%d-token prompt, median of %d rounds)",
                            result.promptTokensPerSecond(),
                            result.promptTokens(),
                            result.rounds())
                    + String.format(
                            Locale.ROOT,
                            "%ngeneration  %8.1f tokens/s  (%d tokens generated, median of %d rounds)",
                            result.generationTokensPerSecond(),
                            result.generatedTokens(),
                            result.rounds());
        }

        private static Double finiteOrNull(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }

    static String humanCount(long count) {
        if (count >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.2fB", count / 1e9);
        }
        if (count >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1fM", count / 1e6);
        }
        return count >= 1_000L ? String.format(Locale.ROOT, "%.1fK", count / 1e3) : Long.toString(count);
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return Json.pretty(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
