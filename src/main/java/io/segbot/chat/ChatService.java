package io.segbot.chat;

import io.segbot.ErrorReference;
import io.segbot.llm.CancellationToken;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry every chat platform goes through: it takes a message at once and answers from a
 * bounded worker pool. Each platform event is answered once ({@link EventClaims}, kept in H2 by
 * the bot so retries after a restart and a second process are covered); messages of one
 * conversation are answered in order, one at a time (a lane per conversation, so memory sees each
 * turn before the next); each answer has a timeout after which the model is stopped and the
 * checked template is sent, and can be cancelled. Users never see exception text.
 *
 * <p>Thread-safety: safe from any thread. Blocking: {@link #submit} returns at once (one short
 * transaction for the claim).
 */
public final class ChatService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChatService.class);

    /**
     * Where an answer goes, implemented by each platform adapter.
     *
     * <p>Thread-safety: called from one worker thread per request. Blocking: may block on network
     * I/O. Nullness: arguments are never null. Exceptions thrown are caught and logged.
     */
    public interface ReplyChannel {
        /** A sentence of the model's phrasing that has passed the grounding check. */
        void progress(String checkedSentence);

        void deliver(ChatReply reply);

        /** The request could not be answered; {@code message} is fit to show the user. */
        void fail(String message);
    }

    /** What {@link #submit} did with a request. */
    public enum Submission {
        ACCEPTED,
        DUPLICATE,
        BUSY,
        /** No event id: the message cannot be answered exactly once, so it is not answered. */
        REFUSED
    }

    private static final class Task {
        final ChatRequest request;
        final ReplyChannel channel;
        final CancellationToken token = new CancellationToken();
        volatile boolean cancelledByUser;

        Task(ChatRequest request, ReplyChannel channel) {
            this.request = request;
            this.channel = channel;
        }
    }

    private static final class Lane {
        final ArrayDeque<Task> waiting = new ArrayDeque<>();
        Task current;
    }

    private final ChatEngine engine;
    private final EventClaims claims;
    private final int capacity;
    private final Duration answerTimeout;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService timer;
    private final Map<String, Lane> lanes = new HashMap<>();
    private int pending;

    /** An in-memory dedupe over {@code dedupeWindow} and a 2-minute answer timeout. */
    public ChatService(ChatEngine engine, int workers, int queueCapacity, Duration dedupeWindow, Clock clock) {
        this(engine, EventClaims.inMemory(dedupeWindow, clock), workers, queueCapacity, Duration.ofMinutes(2));
    }

    /**
     * @param workers answers prepared at once (different conversations)
     * @param queueCapacity messages waiting beyond those; more are refused as BUSY
     * @param answerTimeout after this the model is stopped and the checked template is sent
     */
    public ChatService(ChatEngine engine, EventClaims claims, int workers, int queueCapacity, Duration answerTimeout) {
        if (workers < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException(
                    "need at least one worker and one queue slot, got " + workers + " and " + queueCapacity);
        }
        if (answerTimeout.isNegative() || answerTimeout.isZero()) {
            throw new IllegalArgumentException("the answer timeout must be positive, got " + answerTimeout);
        }
        this.engine = engine;
        this.claims = claims;
        this.capacity = workers + queueCapacity;
        this.answerTimeout = answerTimeout;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                workers,
                workers,
                0,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                runnable -> daemon(runnable, "segbot-chat-" + count.incrementAndGet()));
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "segbot-chat-timer"));
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Returns at once; the answer (or a failure) goes to {@code channel} from a worker thread.
     *
     * @param eventKey the platform's event id, prefixed by the platform ("slack:Ev123")
     */
    public Submission submit(String eventKey, ChatRequest request, ReplyChannel channel) {
        if (eventKey == null || eventKey.isBlank()) {
            return Submission.REFUSED;
        }
        if (!claims.claim(eventKey)) {
            return Submission.DUPLICATE;
        }
        synchronized (lanes) {
            if (pending >= capacity) {
                claims.release(eventKey);
                return Submission.BUSY;
            }
            if (workers.isShutdown()) {
                claims.release(eventKey);
                return Submission.BUSY;
            }
            pending++;
            Lane lane = lanes.computeIfAbsent(request.conversationKey(), key -> new Lane());
            lane.waiting.add(new Task(request, channel));
            if (lane.current == null) {
                startNext(request.conversationKey(), lane);
            }
        }
        return Submission.ACCEPTED;
    }

    /** Stops the answer being prepared in a conversation (nothing is sent for it); false if none. */
    public boolean cancel(String conversationKey) {
        synchronized (lanes) {
            Lane lane = lanes.get(conversationKey);
            if (lane == null || lane.current == null) {
                return false;
            }
            lane.current.cancelledByUser = true;
            lane.current.token.cancel();
            return true;
        }
    }

    /**
     * Starts a worker on the lane; it answers the lane's messages one after another until the lane
     * is empty (so a lane never needs a second worker, even while closing). Called holding the lock.
     */
    private void startNext(String key, Lane lane) {
        lane.current = lane.waiting.poll();
        workers.execute(() -> {
            Task task = lane.current;
            while (task != null) {
                try {
                    answer(task);
                } finally {
                    synchronized (lanes) {
                        pending--;
                        lane.current = lane.waiting.poll();
                        task = lane.current;
                        if (task == null) {
                            lanes.remove(key);
                        }
                    }
                }
            }
        });
    }

    private void answer(Task task) {
        ScheduledFuture<?> timeout = timeout(task);
        ChatReply reply;
        try {
            reply = engine.handle(task.request, quietly(task.channel), task.token);
        } catch (RuntimeException e) {
            String reference = ErrorReference.next();
            log.warn("could not answer in {} (reference {})", task.request.conversationKey(), reference, e);
            deliver(task, () -> task.channel.fail("Sorry, I couldn't answer that (reference " + reference + ")."));
            return;
        } finally {
            if (timeout != null) {
                timeout.cancel(false);
            }
        }
        if (task.cancelledByUser) {
            log.debug("answer in {} cancelled", task.request.conversationKey());
            return;
        }
        deliver(task, () -> task.channel.deliver(reply));
    }

    /** Cancels the answer's model call after the timeout; null while closing (the answer is last). */
    private ScheduledFuture<?> timeout(Task task) {
        try {
            return timer.schedule(task.token::cancel, answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            return null;
        }
    }

    private static Consumer<String> quietly(ReplyChannel channel) {
        return sentence -> {
            try {
                channel.progress(sentence);
            } catch (RuntimeException e) {
                log.warn("could not show a sentence of the answer: {}", e.toString());
            }
        };
    }

    private static void deliver(Task task, Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            log.warn("could not deliver the answer in {}: {}", task.request.conversationKey(), e.toString());
        }
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
        } finally {
            timer.shutdownNow();
        }
    }
}
