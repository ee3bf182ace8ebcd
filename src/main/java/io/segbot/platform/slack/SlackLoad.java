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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives the HTTP endpoint like Slack would: N signed requests from C concurrent senders, half
 * {@code app_mention} questions (each in its own thread, spread over the given channels and 500 users),
 * half {@code /segbot status} commands; measures each ack's latency and how fast answers reach the
 * Web API.
 */
public final class SlackLoad {
    /** What a run measured. */
    public record Report(
            int requests,
            int concurrency,
            int errors,
            double seconds,
            double acksPerSecond,
            double ackP50Millis,
            double ackP99Millis,
            long answers,
            double answersPerSecond) {
        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "%d signed requests, %d concurrent: %.0f acks/s, ack p50 %.1f ms, p99 %.1f ms, %d errors;"
                            + " %d answers at %.0f answers/s",
                    requests,
                    concurrency,
                    acksPerSecond,
                    ackP50Millis,
                    ackP99Millis,
                    errors,
                    answers,
                    answersPerSecond);
        }
    }

    private SlackLoad() {}

    public static Report run(
            int port,
            String signingSecret,
            LoopbackWebApi api,
            int requests,
            int concurrency,
            int channels,
            Duration answerWait)
            throws InterruptedException {
        URI endpoint = URI.create("http://127.0.0.1:" + port + SlackHttpEndpoint.PATH);
        SlackSigner signer = new SlackSigner(signingSecret);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger commandAnswers = new AtomicInteger();
        long answersBefore = api.answers();
        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < concurrency; s++) {
            running.add(senders.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    boolean question = i % 2 == 0;
                    String body = question ? mention(i, channels) : status(i, channels);
                    String stamp = Long.toString(Instant.now().getEpochSecond());
                    HttpRequest request = HttpRequest.newBuilder(endpoint)
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", question ? "application/json" : "application/x-www-form-urlencoded")
                            .header("X-Slack-Request-Timestamp", stamp)
                            .header("X-Slack-Signature", signer.sign(stamp, body))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else if (!question && !response.body().isBlank()) {
                            commandAnswers.incrementAndGet(); // answered in the ack itself
                        }
                    } catch (Exception e) {
                        latencies[i] = System.nanoTime() - sent;
                        errors.incrementAndGet();
                    }
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
        long expected = requests; // every question and every status command gets one answer
        long deadline = System.nanoTime() + answerWait.toNanos();
        while (api.answers() - answersBefore + commandAnswers.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long answers = api.answers() - answersBefore + commandAnswers.get();
        long lastAnswer = Math.max(api.lastAnswerNanos(), acked);
        Arrays.sort(latencies);
        double ackSeconds = (acked - started) / 1e9;
        return new Report(
                requests,
                concurrency,
                errors.get(),
                ackSeconds,
                requests / ackSeconds,
                latencies[(int) Math.min(requests - 1, Math.ceil(requests * 0.50) - 1)] / 1e6,
                latencies[(int) Math.min(requests - 1, Math.ceil(requests * 0.99) - 1)] / 1e6,
                answers,
                answers / ((lastAnswer - started) / 1e9));
    }

    private static String mention(int i, int channels) {
        String ts = "1700000000." + String.format(Locale.ROOT, "%06d", i);
        return "{\"token\":\"bench\",\"team_id\":\"T0BENCH\",\"api_app_id\":\"A0BENCH\",\"type\":\"event_callback\","
                + "\"event_id\":\"EvBench" + i + "-" + System.nanoTime()
                + "\",\"event_time\":1700000000,\"event\":{\"type\":"
                + "\"app_mention\",\"user\":\"U" + (i % 500)
                + "\",\"text\":\"<@U0BOT> which segment should we prioritise"
                + " for ROI?\",\"ts\":\"" + ts + "\",\"channel\":\"C" + (i % channels) + "\",\"event_ts\":\"" + ts
                + "\"}}";
    }

    private static String status(int i, int channels) {
        return "token=bench&team_id=T0BENCH&channel_id=C" + (i % channels) + "&user_id=U" + (i % 500)
                + "&user_name=bench&command=" + URLEncoder.encode("/segbot", StandardCharsets.UTF_8)
                + "&text=status&response_url=" + URLEncoder.encode("http://127.0.0.1:9/unused", StandardCharsets.UTF_8)
                + "&trigger_id=bench." + i + "." + System.nanoTime();
    }
}
