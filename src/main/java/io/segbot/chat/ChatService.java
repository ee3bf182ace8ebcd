package io.segbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a chat platform adapter calls: it acknowledges the platform at once and answers from a
 * bounded worker pool, so an adapter is only transport. Retried platform events (Slack re-sends an
 * event it thinks was missed) are answered once: an event id seen within the dedupe window is
 * refused as a duplicate.
 */
public final class ChatService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChatService.class);

    /**
     * Where an answer goes, implemented by each platform adapter.
     *
     * <p>Thread-safety: called from one worker thread per request. Blocking: may block on network
     * I/O. Nullness: arguments are never null.
     */
    public interface ReplyChannel {
        /** A piece of a model's phrasing as it is generated (platforms may show progress or ignore it). */
        void progress(String token);

        void deliver(ChatReply reply);

        /** The request could not be answered; {@code message} is fit to show the user. */
        void fail(String message);
    }

    /** What {@link #submit} did with a request. */
    public enum Submission {
        ACCEPTED,
        DUPLICATE,
        BUSY
    }

    private final ChatEngine engine;
    private final ThreadPoolExecutor workers;
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final Duration dedupeWindow;
    private final Clock clock;

    public ChatService(ChatEngine engine, int workers, int queueCapacity, Duration dedupeWindow, Clock clock) {
        if (workers < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException(
                    "need at least one worker and one queue slot, got " + workers + " and " + queueCapacity);
        }
        this.engine = engine;
        this.dedupeWindow = dedupeWindow;
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity), runnable -> {
                    Thread thread = new Thread(runnable, "segbot-chat-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Returns at once; the answer (or a failure) goes to {@code channel} from a worker thread. */
    public Submission submit(String eventId, ChatRequest request, ReplyChannel channel) {
        Instant now = clock.instant();
        seen.values().removeIf(at -> at.isBefore(now.minus(dedupeWindow)));
        if (seen.putIfAbsent(eventId, now) != null) {
            return Submission.DUPLICATE;
        }
        try {
            workers.execute(() -> answer(request, channel));
            return Submission.ACCEPTED;
        } catch (RejectedExecutionException e) {
            seen.remove(eventId);
            return Submission.BUSY;
        }
    }

    private void answer(ChatRequest request, ReplyChannel channel) {
        ChatReply reply;
        try {
            reply = engine.handle(request, channel::progress);
        } catch (RuntimeException e) {
            log.warn("could not answer {} in {}: {}", request.userId(), request.conversationKey(), e.toString());
            channel.fail("Sorry, I couldn't answer that: " + e.getMessage());
            return;
        }
        channel.deliver(reply);
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
