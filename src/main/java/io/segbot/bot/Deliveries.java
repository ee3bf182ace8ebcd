package io.segbot.bot;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers chat answers off the answering threads: the chat workers prepare answers (CPU), these
 * threads wait for the platform (network, and its rate limits: Slack takes about one message a
 * second a channel). Deliveries to one conversation run one at a time in the order submitted, so a
 * thread's answers keep their order; different conversations never wait for each other.
 *
 * <p>Thread-safety: safe from any thread. Blocking: {@link #submit} returns at once unless
 * {@code maxPending} deliveries are already waiting, then it waits for one to finish (so a platform
 * that stops taking messages slows the chat down to BUSY instead of filling the memory).
 */
final class Deliveries implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final ExecutorService threads;
    private final Semaphore pending;
    private final Map<String, ArrayDeque<Runnable>> lanes = new HashMap<>();

    /**
     * @param threads deliveries waiting for their platform at once
     * @param maxPending deliveries queued or running before {@link #submit} waits
     */
    Deliveries(int threads, int maxPending) {
        if (threads < 1 || maxPending < threads) {
            throw new IllegalArgumentException("need >= 1 delivery thread and at least as many pending slots, got "
                    + threads + " and " + maxPending);
        }
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "segbot-deliver-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.pending = new Semaphore(maxPending);
    }

    /** Runs {@code delivery} after the earlier deliveries of {@code conversation}; failures are logged. */
    void submit(String conversation, Runnable delivery) {
        try {
            pending.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run(conversation, delivery); // shutting down: deliver on this thread rather than drop it
            return;
        }
        synchronized (lanes) {
            ArrayDeque<Runnable> lane = lanes.get(conversation);
            if (lane != null) {
                lane.add(delivery);
                return;
            }
            lanes.put(conversation, new ArrayDeque<>());
        }
        start(conversation, delivery);
    }

    private void start(String conversation, Runnable first) {
        try {
            threads.execute(() -> drain(conversation, first));
        } catch (RejectedExecutionException closed) {
            drain(conversation, first); // closed: the caller's thread delivers
        }
    }

    private void drain(String conversation, Runnable first) {
        Runnable next = first;
        while (next != null) {
            run(conversation, next);
            pending.release();
            synchronized (lanes) {
                ArrayDeque<Runnable> lane = lanes.get(conversation);
                next = lane.poll();
                if (next == null) {
                    lanes.remove(conversation);
                }
            }
        }
    }

    private static void run(String conversation, Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            log.warn("could not deliver the answer in {}: {}", conversation, e.toString());
        }
    }

    /** Lets queued deliveries finish within {@code deadline}; the rest are dropped with a warning. */
    void close(java.time.Duration deadline) {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn(
                        "{} conversation(s) still had answers to deliver at shutdown",
                        threads.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(java.time.Duration.ofSeconds(10));
    }
}
