package io.segbot.llm;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GGUF model run in-process by llama.cpp (java-llama.cpp). One inference at a time on a single
 * worker thread, because a llama.cpp context must not be used from two threads at once; up to
 * {@code queueCapacity} requests wait, more fail at once with {@link ModelBusyException}.
 * Thread-safe.
 */
final class LlamaCppLanguageModel implements LanguageModel {
    private static final Logger log = LoggerFactory.getLogger(LlamaCppLanguageModel.class);

    private final LlamaModel model;
    private final LlamaInference inference;
    private final ThreadPoolExecutor worker;
    private final ModelDescription description;
    private final int queueCapacity;
    private volatile boolean closed;

    private LlamaCppLanguageModel(LlamaModel model, ModelDescription description, int queueCapacity) {
        this.model = model;
        this.description = description;
        this.queueCapacity = queueCapacity;
        this.inference = new LlamaInference(model);
        this.worker = new ThreadPoolExecutor(
                1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity), task -> {
                    Thread thread = new Thread(task, "segbot-llm");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Loads {@code path}, checking first that it is a GGUF and fits in available memory. */
    static LlamaCppLanguageModel load(Path path, LlmConfig config) {
        return load(path, config, MemoryCheck::availableBytes);
    }

    static LlamaCppLanguageModel load(Path path, LlmConfig config, LongSupplier availableMemory) {
        NativeLibrary.requireSupportedPlatform();
        GgufMetadata metadata = GgufReader.read(path);
        long size = fileSize(path);
        int context =
                (int) Math.min(config.contextSize(), metadata.contextLength().orElse((long) config.contextSize()));
        long required = MemoryCheck.requiredBytes(size, metadata, context);
        long available = availableMemory.getAsLong();
        if (required > available) {
            throw new ModelLoadException(path + " needs about " + MemoryCheck.human(required) + " (weights "
                    + MemoryCheck.human(size) + ", KV cache for " + context + " tokens, overhead) but only "
                    + MemoryCheck.human(available) + " of memory is available; use a smaller quantisation or a "
                    + "lower model.context_size");
        }
        ModelParameters parameters = new ModelParameters()
                .setModel(path.toString())
                .setCtxSize(context)
                .setThreads(config.threads())
                .setThreadsBatch(config.threads())
                .setParallel(1)
                .disableLog();
        if (metadata.chatTemplate().isEmpty()) {
            parameters.setChatTemplate("chatml");
        }
        long start = System.nanoTime();
        LlamaModel model;
        try {
            model = NativeLibrary.load(() -> new LlamaModel(parameters));
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new ModelLoadException("llama.cpp could not load " + path + ": " + e.getMessage(), e);
        }
        Duration loadTime = Duration.ofNanos(System.nanoTime() - start);
        String line = String.format(
                java.util.Locale.ROOT,
                "language model: llama.cpp, %s (%s, %s, %s) loaded in %d ms",
                path,
                MemoryCheck.human(size),
                metadata.architecture(),
                metadata.quantisation(),
                loadTime.toMillis());
        ModelDescription description = new ModelDescription(
                ModelDescription.Mode.LLAMA_CPP, line, Optional.of(path), size, loadTime, Optional.of(metadata));
        log.info(line);
        return new LlamaCppLanguageModel(model, description, config.queueCapacity());
    }

    @Override
    public Completion generate(
            ChatPrompt prompt, GenerationOptions options, TokenListener listener, CancellationToken cancellation) {
        if (closed) {
            throw new ModelUnavailableException("the language model " + description.label() + " was closed");
        }
        long deadline = System.nanoTime() + options.timeout().toNanos();
        LlamaInference.Request request = inference.request(prompt, options, listener);
        cancellation.onCancel(request::cancel);
        try {
            worker.execute(request);
        } catch (RejectedExecutionException e) {
            if (closed) {
                throw new ModelUnavailableException("the language model " + description.label() + " was closed");
            }
            throw new ModelBusyException("the language model is busy: one request is running and " + queueCapacity
                    + " are waiting (model.queue_capacity = " + queueCapacity + "); try again shortly");
        }
        return await(request, deadline, options.timeout());
    }

    private Completion await(LlamaInference.Request request, long deadline, Duration timeout) {
        try {
            return request.result().get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            request.abort();
            worker.remove(request);
            throw new GenerationTimeoutException(
                    "no answer within " + timeout.toMillis() + " ms (queue wait included); the generation was stopped");
        } catch (InterruptedException e) {
            request.abort();
            Thread.currentThread().interrupt();
            throw new GenerationCancelledException("interrupted while waiting for the language model", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LanguageModelException failure) {
                throw failure;
            }
            throw new GenerationFailedException("generation failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public boolean isAvailable() {
        return !closed;
    }

    @Override
    public ModelDescription describe() {
        return description;
    }

    /** Requests waiting behind the running one. */
    int waitingRequests() {
        return worker.getQueue().size();
    }

    /** The templated text llama.cpp would see for {@code prompt} (for tests and diagnostics). */
    String formatPrompt(ChatPrompt prompt) {
        return runOnWorker(() -> inference.formatPrompt(prompt));
    }

    private <T> T runOnWorker(java.util.concurrent.Callable<T> task) {
        try {
            return worker.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationCancelledException("interrupted", e);
        } catch (ExecutionException | RejectedExecutionException e) {
            throw new GenerationFailedException("model task failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ModelUnavailableException closing =
                new ModelUnavailableException("the language model " + description.label() + " was closed");
        for (Runnable task : worker.shutdownNow()) {
            if (task instanceof LlamaInference.Request request) {
                request.fail(closing);
            }
        }
        inference.failRunning(closing);
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("the language model worker did not stop within 10 s; the model is not freed");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        // java-llama.cpp 4.2.0 leaves a native thread running after close (upstream issue #116).
        model.close();
    }

    private static long fileSize(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new ModelLoadException("cannot read the size of " + path + ": " + e.getMessage(), e);
        }
    }
}
