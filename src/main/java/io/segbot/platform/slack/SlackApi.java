package io.segbot.platform.slack;

import com.slack.api.methods.Methods;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.MethodsRateLimitTier;
import com.slack.api.methods.MethodsRateLimits;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Web API with Slack's rate limits, one queue per limit: {@code chat.postMessage} and
 * {@code assistant.threads.setStatus} per channel (about one a second a channel), every other
 * method per workspace at its tier's pace (the SDK's own tier table, {@link MethodsRateLimits}),
 * each with a burst allowance of a tenth of its per-minute quota (the SDK's burst threshold). A
 * 429 pauses that queue for its {@code Retry-After} and re-sends the call.
 *
 * <p>Why not the SDK's {@code AsyncMethodsClient}: in 1.48.0 it keeps one FIFO per method (not per
 * channel) and holds one of its five threads per waiting call, sleeping in 10 ms polls, so paced
 * calls (a burst of {@code chat.postEphemeral} at Tier 4 waits 1.8 s each) take every thread and
 * answers to other channels wait behind them until they time out. Here a waiting call holds no
 * thread and queues never wait for each other.
 *
 * <p>Thread-safety: safe from any thread. Blocking: {@link #call} never blocks; the future
 * completes on an I/O thread. A cancelled future's call is skipped if it has not started.
 */
final class SlackApi implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackApi.class);
    /** Web API calls in flight at once, across all queues (each queue runs one call at a time). */
    static final int IO_THREADS = 16;

    /** One Web API call made with the plain client. */
    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T run(MethodsClient client) throws IOException, SlackApiException;
    }

    /** A queue's pace: {@code perMinute} calls a minute after a burst of {@code burst}. */
    record Pace(int perMinute, int burst) {
        Pace {
            if (perMinute < 1 || burst < 1) {
                throw new IllegalArgumentException(
                        "a pace needs >= 1 call a minute and a burst >= 1, got " + perMinute + " and " + burst);
            }
        }

        /** Slack's documented pace for {@code method}, from the SDK's tier table. */
        static Pace of(String method) {
            MethodsRateLimitTier tier = MethodsRateLimits.lookupRateLimitTier(method);
            if (tier == null && method.equals(UPLOAD)) {
                tier = MethodsRateLimitTier.Tier4; // files.getUploadURLExternal and completeUploadExternal
            }
            int perMinute = MethodsRateLimitTier.getAllowedRequestsPerMinute(tier);
            return new Pace(perMinute, Math.max(1, perMinute / 10));
        }
    }

    /** The SDK's three-call upload ({@code filesUploadV2}), paced as one Tier 4 call. */
    static final String UPLOAD = "files.uploadV2";

    private final MethodsClient client;
    private final Map<String, Queue> queues = new ConcurrentHashMap<>();
    private final ExecutorService io;
    private final ScheduledExecutorService timer;

    SlackApi(MethodsClient client) {
        this.client = client;
        this.io = Executors.newFixedThreadPool(IO_THREADS, daemons("segbot-slack-api-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemons("segbot-slack-pace-"));
        timer.scheduleWithFixedDelay(this::forgetIdleQueues, 1, 1, TimeUnit.MINUTES);
    }

    /**
     * Queues {@code call} behind earlier calls of the same limit.
     *
     * @param method the Web API method, e.g. {@link Methods#CHAT_POST_MESSAGE}
     * @param channel the channel it posts to (paces per-channel methods); may be null for others
     */
    <T extends SlackApiTextResponse> CompletableFuture<T> call(String method, String channel, Call<T> call) {
        String key = perChannel(method) && channel != null ? method + " " + channel : method;
        Pending<T> pending = new Pending<>(call);
        Queue queue = queues.compute(key, (name, existing) -> {
            Queue target = existing != null ? existing : new Queue(Pace.of(method));
            target.add(pending);
            return target;
        });
        queue.pump();
        return pending.result;
    }

    private static boolean perChannel(String method) {
        return method.equals(Methods.CHAT_POST_MESSAGE) || method.equals(Methods.ASSISTANT_THREADS_SET_STATUS);
    }

    private void forgetIdleQueues() {
        long now = System.nanoTime();
        for (String key : queues.keySet()) {
            queues.computeIfPresent(key, (name, queue) -> queue.idleAndRested(now) ? null : queue);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        io.shutdownNow();
        queues.values().forEach(Queue::abandon);
    }

    private static final class Pending<T extends SlackApiTextResponse> {
        final Call<T> call;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Pending(Call<T> call) {
            this.call = call;
        }

        /** Runs the call; returns the Retry-After in seconds when Slack answered 429, else -1. */
        long runWith(MethodsClient client) {
            try {
                result.complete(call.run(client));
            } catch (SlackApiException e) {
                if (e.getResponse().code() == 429) {
                    return retryAfterSeconds(e.getResponse().header("Retry-After"));
                }
                result.completeExceptionally(e);
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
            return -1;
        }

        private static long retryAfterSeconds(String header) {
            try {
                return header == null ? 1 : Math.max(1, Long.parseLong(header.strip()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    /** One limit's calls, run one at a time, each when the token bucket and any Retry-After allow. */
    private final class Queue {
        private final ArrayDeque<Pending<?>> waiting = new ArrayDeque<>();
        private final Pace pace;
        private final double nanosPerCall;
        private double tokens;
        private long refilledAt = System.nanoTime();
        private long pausedUntil = refilledAt; // nanoTime may be negative: "not paused" is a time already past
        private boolean running;
        private boolean timerSet;

        Queue(Pace pace) {
            this.pace = pace;
            this.nanosPerCall = 60e9 / pace.perMinute();
            this.tokens = pace.burst();
        }

        synchronized void add(Pending<?> pending) {
            waiting.add(pending);
        }

        /** Starts the next call if it may run now, or sets the timer for when it may. */
        void pump() {
            Pending<?> next;
            synchronized (this) {
                if (running || timerSet) {
                    return;
                }
                next = nextReady();
                if (next == null) {
                    return;
                }
                running = true;
            }
            try {
                io.execute(() -> run(next));
            } catch (RejectedExecutionException closed) {
                next.result.cancel(false);
            }
        }

        /** The next call that may run now; null when none or when the timer was set. Holds the lock. */
        private Pending<?> nextReady() {
            while (!waiting.isEmpty() && waiting.peek().result.isDone()) {
                waiting.poll(); // timed out or cancelled by the caller before it ran
            }
            if (waiting.isEmpty()) {
                return null;
            }
            long now = System.nanoTime();
            tokens = Math.min(pace.burst(), tokens + (now - refilledAt) / nanosPerCall);
            refilledAt = now;
            long waitNanos = Math.max(pausedUntil - now, tokens >= 1 ? 0 : (long) ((1 - tokens) * nanosPerCall));
            if (waitNanos > 0) {
                timerSet = true;
                try {
                    timer.schedule(this::wake, waitNanos, TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException closed) {
                    timerSet = false;
                }
                return null;
            }
            tokens -= 1;
            return waiting.poll();
        }

        private void wake() {
            synchronized (this) {
                timerSet = false;
            }
            pump();
        }

        private void run(Pending<?> pending) {
            long retryAfter = pending.runWith(client);
            synchronized (this) {
                running = false;
                if (retryAfter >= 0) {
                    log.info("Slack asked to slow down (429); retrying in {} s", retryAfter);
                    pausedUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(retryAfter);
                    waiting.addFirst(pending);
                }
            }
            pump();
        }

        synchronized boolean idleAndRested(long now) {
            return waiting.isEmpty()
                    && !running
                    && !timerSet
                    && tokens + (now - refilledAt) / nanosPerCall >= pace.burst();
        }

        synchronized void abandon() {
            waiting.forEach(pending -> pending.result.cancel(false));
            waiting.clear();
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
