package io.segbot.platform.slack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives the HTTP endpoint like Slack would: N signed requests offered at a fixed rate (open loop,
 * so a slow ack delays no later request and each latency counts from when its request was due),
 * sent by C concurrent senders; even requests are {@code app_mention} questions, each in its own
 * thread, spread over the given channels (Slack takes about one message a second a channel) and
 * 500 users; odd ones {@code /segbot status} commands, answered in the ack itself. Measures each
 * ack, and each question's answer as it reaches the Web API.
 */
public final class SlackLoad {
    private static final AtomicInteger RUNS = new AtomicInteger();
    /** No answer or refusal for this long: the rest will not come. */
    static final Duration STALL = Duration.ofSeconds(15);

    /** What to send. */
    public record Plan(int requests, double ratePerSecond, int concurrency, int channels, Duration answerWait) {
        public Plan {
            require(requests >= 2, "send at least 2 requests, got " + requests);
            require(ratePerSecond >= 0, "the rate must be >= 0 (0 = as fast as the senders go), got " + ratePerSecond);
            require(
                    concurrency >= 1 && concurrency <= 1024,
                    "concurrency must be within [1, 1024], got " + concurrency);
            require(channels >= 1, "spread over at least 1 channel, got " + channels);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }

    /** What a run measured. */
    public record Report(
            Plan plan,
            int errors,
            double seconds,
            double acksPerSecond,
            double ackP50Millis,
            double ackP99Millis,
            int questions,
            int answered,
            int refusedBusy,
            double answersPerSecond,
            double answerP99Millis) {
        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "%d signed requests (%s, %d senders, questions over %d channels): %.0f acks/s, ack p50 %.1f ms,"
                            + " p99 %.1f ms, %d errors; %d/%d questions answered at %.0f answers/s (answer p99 %.0f"
                            + " ms), %d refused (busy or rate-limited)",
                    plan.requests(),
                    plan.ratePerSecond() > 0
                            ? String.format(Locale.ROOT, "offered at %.0f/s", plan.ratePerSecond())
                            : "as fast as acked",
                    plan.concurrency(),
                    plan.channels(),
                    acksPerSecond,
                    ackP50Millis,
                    ackP99Millis,
                    errors,
                    answered,
                    questions,
                    answersPerSecond,
                    answerP99Millis,
                    refusedBusy);
        }

        /** ≥ 200 requests/s acked with p99 < 100 ms, no error, every question answered, none refused. */
        public boolean meetsBar() {
            return acksPerSecond >= 200
                    && ackP99Millis < 100
                    && errors == 0
                    && answered == questions
                    && refusedBusy == 0;
        }
    }

    private SlackLoad() {}

    public static Report run(int port, String signingSecret, LoopbackWebApi api, Plan plan)
            throws InterruptedException {
        URI endpoint = URI.create("http://127.0.0.1:" + port + SlackHttpEndpoint.PATH);
        SlackSigner signer = new SlackSigner(signingSecret);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        int requests = plan.requests();
        long run = 1_700_000_000L + RUNS.incrementAndGet() * 100_000L; // thread ts unique across runs
        long[] due = new long[requests];
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(plan.concurrency());
        long started = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        double gapNanos = plan.ratePerSecond() > 0 ? 1e9 / plan.ratePerSecond() : 0;
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < plan.concurrency(); s++) {
            running.add(senders.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    due[i] = gapNanos > 0 ? waitUntil(started + (long) (i * gapNanos)) : System.nanoTime();
                    boolean question = i % 2 == 0;
                    String body = question ? mention(run, i, plan.channels()) : status(i, plan.channels());
                    if (!send(http, endpoint, signer, body, question)) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - due[i];
                }
            }));
        }
        for (Future<?> sender : running) {
            try {
                sender.get();
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet();
            }
        }
        long acked = System.nanoTime();
        senders.shutdown();
        int questions = (requests + 1) / 2;
        awaitSettled(api, run, questions, plan.answerWait());
        long[] answerLatencies = new long[questions];
        int answered = 0;
        int refused = 0;
        long lastAnswer = acked;
        for (int q = 0; q < questions; q++) {
            long at = api.answeredAt(threadTs(run, 2 * q));
            if (at != 0) {
                answerLatencies[answered++] = at - due[2 * q];
                lastAnswer = Math.max(lastAnswer, at);
            } else if (api.refusedAt(threadTs(run, 2 * q)) != 0) {
                refused++;
            }
        }
        Arrays.sort(latencies);
        long[] answeredSorted = Arrays.copyOf(answerLatencies, answered);
        Arrays.sort(answeredSorted);
        double ackSeconds = (acked - started) / 1e9;
        return new Report(
                plan,
                errors.get(),
                ackSeconds,
                requests / ackSeconds,
                percentile(latencies, 0.50) / 1e6,
                percentile(latencies, 0.99) / 1e6,
                questions,
                answered,
                refused,
                answered / ((lastAnswer - started) / 1e9),
                answered == 0 ? Double.NaN : percentile(answeredSorted, 0.99) / 1e6);
    }

    /** Sends one signed request; true when Slack would count it acked (200 within the timeout). */
    private static boolean send(HttpClient http, URI endpoint, SlackSigner signer, String body, boolean json) {
        String stamp = Long.toString(Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(3)) // Slack gives up on an ack after 3 s
                .header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", stamp)
                .header("X-Slack-Signature", signer.sign(stamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            // A status command is answered in its ack; an empty ack would mean no answer at all.
            return response.statusCode() == 200 && (json || !response.body().isBlank());
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long waitUntil(long dueNanos) {
        long now = System.nanoTime();
        if (dueNanos > now) {
            try {
                TimeUnit.NANOSECONDS.sleep(dueNanos - now);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return dueNanos; // when late, the wait counts in the latency
    }

    /**
     * Waits until every question was answered or refused, or nothing new arrived for {@link #STALL},
     * or {@code wait} passed. Refusals are paced by Slack's limit for {@code chat.postEphemeral}
     * (Tier 4), so many of them take a while.
     */
    private static void awaitSettled(LoopbackWebApi api, long run, int questions, Duration wait)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        int settled = -1;
        long lastProgress = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - lastProgress < STALL.toNanos()) {
            int now = 0;
            for (int q = 0; q < questions; q++) {
                String ts = threadTs(run, 2 * q);
                if (api.answeredAt(ts) != 0 || api.refusedAt(ts) != 0) {
                    now++;
                }
            }
            if (now == questions) {
                return;
            }
            if (now > settled) {
                settled = now;
                lastProgress = System.nanoTime();
            }
            Thread.sleep(20);
        }
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)];
    }

    static String threadTs(long run, int i) {
        return run + "." + String.format(Locale.ROOT, "%06d", i);
    }

    private static String mention(long run, int i, int channels) {
        String ts = threadTs(run, i);
        return "{\"token\":\"bench\",\"team_id\":\"T0BENCH\",\"api_app_id\":\"A0BENCH\",\"type\":\"event_callback\","
                + "\"event_id\":\"EvBench" + ts + "\",\"event_time\":1700000000,\"event\":{\"type\":"
                + "\"app_mention\",\"user\":\"U" + (i / 2 % 500)
                + "\",\"text\":\"<@U0BOT> which segment should we prioritise"
                + " for ROI?\",\"ts\":\"" + ts + "\",\"channel\":\"C" + (i / 2 % channels) + "\",\"event_ts\":\"" + ts
                + "\"}}";
    }

    private static String status(int i, int channels) {
        return "token=bench&team_id=T0BENCH&channel_id=C" + (i / 2 % channels) + "&user_id=U" + (i / 2 % 500)
                + "&user_name=bench&command=" + URLEncoder.encode("/segbot", StandardCharsets.UTF_8)
                + "&text=status&response_url=" + URLEncoder.encode("http://127.0.0.1:9/unused", StandardCharsets.UTF_8)
                + "&trigger_id=bench." + i + "." + System.nanoTime();
    }
}
