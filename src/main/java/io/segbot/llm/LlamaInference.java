package io.segbot.llm;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.Pair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the worker thread does for one request: apply the chat template, compile the JSON schema
 * to a grammar, and pull tokens one by one so that cancellation and timeouts take effect between
 * tokens. Every native call on the model happens on the single worker thread.
 */
final class LlamaInference {
    private static final Logger log = LoggerFactory.getLogger(LlamaInference.class);

    private static final Pattern COMPACT_SPACE = Pattern.compile("(?m)^space ::= .*$");

    private final LlamaModel model;
    private final ConcurrentMap<String, String> grammars = new ConcurrentHashMap<>();
    private volatile Request running;
    private volatile boolean templateFailed;

    LlamaInference(LlamaModel model) {
        this.model = model;
    }

    Request request(ChatPrompt prompt, GenerationOptions options, TokenListener listener) {
        return new Request(prompt, options, listener);
    }

    void failRunning(LanguageModelException reason) {
        Request current = running;
        if (current != null) {
            current.fail(reason);
        }
    }

    /** One queued generation; its result completes exactly once. */
    final class Request implements Runnable {
        private final ChatPrompt prompt;
        private final GenerationOptions options;
        private final TokenListener listener;
        private final CompletableFuture<Completion> result = new CompletableFuture<>();
        private volatile boolean aborted;

        private Request(ChatPrompt prompt, GenerationOptions options, TokenListener listener) {
            this.prompt = prompt;
            this.options = options;
            this.listener = listener;
        }

        CompletableFuture<Completion> result() {
            return result;
        }

        /** Stops the work; the waiting caller has already been answered (timeout, interrupt). */
        void abort() {
            aborted = true;
        }

        void cancel() {
            fail(new GenerationCancelledException("the generation was cancelled"));
        }

        void fail(LanguageModelException reason) {
            aborted = true;
            result.completeExceptionally(reason);
        }

        @Override
        public void run() {
            if (aborted) {
                return;
            }
            running = this;
            try {
                result.complete(infer(this));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            } finally {
                running = null;
            }
        }
    }

    String formatPrompt(ChatPrompt prompt) {
        if (!templateFailed) {
            List<Pair<String, String>> messages = prompt.messages().stream()
                    .map(message -> new Pair<>(
                            message.role().templateName(), ChatTemplates.neutraliseControlMarkers(message.content())))
                    .toList();
            String system = prompt.system().isEmpty() ? null : prompt.system();
            try {
                return model.applyTemplate(new InferenceParameters("").setMessages(system, messages));
            } catch (RuntimeException e) {
                templateFailed = true;
                log.warn("llama.cpp cannot apply this model's chat template ({}); using ChatML", e.getMessage());
            }
        }
        return ChatTemplates.chatMl(prompt);
    }

    private Completion infer(Request request) {
        GenerationOptions options = request.options;
        String text = formatPrompt(request.prompt);
        int promptTokens = model.encode(text).length;
        InferenceParameters parameters = new InferenceParameters(text)
                .setNPredict(options.maxTokens())
                .setTemperature((float) options.temperature())
                .setSeed(Long.hashCode(options.seed()) & Integer.MAX_VALUE);
        if (!options.stopStrings().isEmpty()) {
            parameters.setStopStrings(options.stopStrings().toArray(String[]::new));
        }
        options.jsonSchema().ifPresent(schema -> parameters.setGrammar(grammar(schema)));
        long start = System.nanoTime();
        long firstToken = -1;
        int generated = 0;
        StringBuilder answer = new StringBuilder();
        LlamaIterator tokens = model.generate(parameters).iterator();
        while (tokens.hasNext()) {
            if (request.aborted) {
                tokens.cancel();
                throw new GenerationCancelledException("the generation was stopped");
            }
            LlamaOutput output = tokens.next();
            if (output.text.isEmpty() && !tokens.hasNext()) {
                break; // the end-of-stream marker carries no token
            }
            firstToken = firstToken < 0 ? System.nanoTime() : firstToken;
            answer.append(output.text);
            generated++;
            notify(request.listener, output.text, tokens);
        }
        long end = System.nanoTime();
        Completion.FinishReason reason =
                generated >= options.maxTokens() ? Completion.FinishReason.LENGTH : Completion.FinishReason.STOP;
        Duration ttft = Duration.ofNanos((firstToken < 0 ? end : firstToken) - start);
        return new Completion(answer.toString(), reason, promptTokens, generated, ttft, Duration.ofNanos(end - start));
    }

    private static void notify(TokenListener listener, String piece, LlamaIterator tokens) {
        try {
            listener.onToken(piece);
        } catch (RuntimeException e) {
            tokens.cancel();
            throw new GenerationFailedException("the token listener failed: " + e, e);
        }
    }

    /**
     * llama.cpp's json-schema-to-grammar converter, compiled once per schema. Its whitespace rule
     * (up to two newlines and 20 blanks between tokens) is narrowed to one optional space, so that
     * a schema whose strings are bounded bounds the output: then maxTokens can always be set high
     * enough for the JSON to close, and the output always parses.
     */
    private String grammar(String schema) {
        return grammars.computeIfAbsent(schema, json -> {
            try {
                return COMPACT_SPACE
                        .matcher(LlamaModel.jsonSchemaToGrammar(json))
                        .replaceAll("space ::= \\\" \\\"?");
            } catch (RuntimeException e) {
                throw new GenerationFailedException(
                        "llama.cpp cannot turn this JSON schema into a grammar: " + e.getMessage() + "; schema: "
                                + json,
                        e);
            }
        });
    }
}
