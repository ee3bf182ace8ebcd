package io.segbot.naming;

import io.segbot.llm.CancellationToken;
import io.segbot.llm.ChatPrompt;
import io.segbot.llm.Completion;
import io.segbot.llm.GenerationOptions;
import io.segbot.llm.LanguageModel;
import io.segbot.llm.LanguageModelException;
import io.segbot.llm.ModelDescription;
import io.segbot.llm.TokenListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LanguageModel} (our port) that answers from a script, in call order: per segment the
 * jurors in book order, then the judge. An answer that is a {@link LanguageModelException} is thrown.
 */
final class ScriptedModel implements LanguageModel {
    private final Deque<Object> answers = new ArrayDeque<>();
    final List<ChatPrompt> prompts = new ArrayList<>();
    final List<GenerationOptions> options = new ArrayList<>();

    ScriptedModel answer(Object... next) {
        answers.addAll(List.of(next));
        return this;
    }

    /** A juror answer in the schema's shape. */
    static String juror(String name, String rule) {
        return "{\"segment_name\":\"" + name + "\",\"rule\":\"" + rule + "\",\"rationale\":\"scripted\"}";
    }

    /** A judge answer scoring every listed persona 7 on all five criteria and picking {@code pick}. */
    static String judge(String pick, String... personas) {
        StringBuilder scores = new StringBuilder();
        for (String persona : personas) {
            scores.append(scores.length() == 0 ? "" : ",")
                    .append('"')
                    .append(persona)
                    .append("\":[7,7,7,7,7]");
        }
        return "{\"scores\":{" + scores + "},\"pick\":\"" + pick + "\",\"reason\":\"scripted\"}";
    }

    int remaining() {
        return answers.size();
    }

    @Override
    public Completion generate(
            ChatPrompt prompt, GenerationOptions options, TokenListener listener, CancellationToken cancellation) {
        prompts.add(prompt);
        this.options.add(options);
        Object answer = answers.poll();
        if (answer == null) {
            throw new AssertionError("the script has no answer left for call " + prompts.size());
        }
        if (answer instanceof LanguageModelException failure) {
            throw failure;
        }
        String text = (String) answer;
        listener.onToken(text);
        return new Completion(text, Completion.FinishReason.STOP, 100, 10, Duration.ofMillis(1), Duration.ofMillis(2));
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public ModelDescription describe() {
        return new ModelDescription(
                ModelDescription.Mode.LLAMA_CPP,
                "scripted",
                Optional.of(Path.of("scripted.gguf")),
                0,
                Duration.ZERO,
                Optional.empty());
    }

    @Override
    public void close() {}
}
