package io.segbot.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets one thread stop a generation another thread is waiting for. Thread-safe; cancelling twice
 * is harmless. Callbacks registered after cancellation run at once on the registering thread.
 */
public final class CancellationToken {
    private final List<Runnable> callbacks = new ArrayList<>();
    private boolean cancelled;

    /** A token nobody will cancel. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(callbacks);
            callbacks.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code callback} once when the token is cancelled (at once if it already is). */
    public void onCancel(Runnable callback) {
        synchronized (this) {
            if (!cancelled) {
                callbacks.add(callback);
                return;
            }
        }
        callback.run();
    }
}
