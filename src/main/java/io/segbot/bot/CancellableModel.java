package io.segbot.bot;

import io.segbot.llm.CancellationToken;
import io.segbot.llm.ChatPrompt;
import io.segbot.llm.Completion;
import io.segbot.llm.GenerationOptions;
import io.segbot.llm.LanguageModel;
import io.segbot.llm.ModelDescription;
import io.segbot.llm.TokenListener;

/**
 * A language model whose every generation also stops when a job is cancelled, so code that does
 * not take a cancellation token itself (the naming jury) is interrupted mid-generation. Closing it
 * does not close the shared model.
 */
final class CancellableModel implements LanguageModel {
    private final LanguageModel model;
    private final CancellationToken job;

    private CancellableModel(LanguageModel model, CancellationToken job) {
        this.model = model;
        this.job = job;
    }

    static LanguageModel of(LanguageModel model, CancellationToken job) {
        return new CancellableModel(model, job);
    }

    @Override
    public Completion generate(
            ChatPrompt prompt, GenerationOptions options, TokenListener listener, CancellationToken cancellation) {
        CancellationToken both = new CancellationToken();
        cancellation.onCancel(both::cancel);
        job.onCancel(both::cancel);
        return model.generate(prompt, options, listener, both);
    }

    @Override
    public boolean isAvailable() {
        return model.isAvailable();
    }

    @Override
    public ModelDescription describe() {
        return model.describe();
    }

    @Override
    public void close() {
        // the shared model outlives the job
    }
}
