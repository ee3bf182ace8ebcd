package io.segbot.platform.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal Slack Web API on 127.0.0.1 for {@code segbot bench slack}: answers every method the
 * adapter calls with {@code ok} (auth.test with a team id, so the SDK's rate-limit queue is used as
 * in production) and counts the calls, so the benchmark can measure answers per second without
 * reaching Slack. Not a test double of segbot's code: it stands in for Slack.
 */
public final class LoopbackWebApi implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "segbot-bench-webapi");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final AtomicLong lastAnswerNanos = new AtomicLong();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);

    public LoopbackWebApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/api/", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public long count(String method) {
        LongAdder count = counts.get(method);
        return count == null ? 0 : count.sum();
    }

    /** Messages posted to channels or shown to one user: what a Slack user would see as answers. */
    public long answers() {
        return count("chat.postMessage") + count("chat.postEphemeral");
    }

    /** When the last answer arrived ({@link System#nanoTime}), 0 if none. */
    public long lastAnswerNanos() {
        return lastAnswerNanos.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            counts.computeIfAbsent(method, m -> new LongAdder()).increment();
            if (method.equals("chat.postMessage") || method.equals("chat.postEphemeral")) {
                lastAnswerNanos.set(System.nanoTime());
            }
            long stamp = ts.incrementAndGet();
            String body = method.equals("auth.test")
                    ? "{\"ok\":true,\"team_id\":\"T0BENCH\",\"user_id\":\"U0BOT\",\"user\":\"segbot\",\"bot_id\":\"B0BOT\"}"
                    : "{\"ok\":true,\"channel\":\"C0BENCH\",\"ts\":\"" + stamp / 1_000_000 + "." + stamp % 1_000_000
                            + "\",\"message_ts\":\"1.0\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
