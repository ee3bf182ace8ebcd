package io.segbot.platform.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal Slack Web API on 127.0.0.1 for {@code segbot bench slack}: answers every method the
 * adapter calls with {@code ok}, counts the calls by method and notes when the first message
 * arrived in each thread, so the benchmark can measure answers without reaching Slack. It declares
 * no rate limit of its own (it never answers 429): the adapter paces itself by Slack's documented
 * limits either way. Not a test double of segbot's code: it stands in for Slack.
 */
public final class LoopbackWebApi implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "segbot-bench-webapi");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Long> firstPostInThread = new ConcurrentHashMap<>();
    private final Map<String, Long> firstEphemeralInThread = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_600_000_000_000_000L);

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

    /** Calls so far by method name. */
    public SortedMap<String, Long> counts() {
        SortedMap<String, Long> all = new TreeMap<>();
        counts.forEach((method, count) -> all.put(method, count.sum()));
        return all;
    }

    /** When the first {@code chat.postMessage} in thread {@code threadTs} arrived ({@link System#nanoTime}), 0 if none. */
    public long answeredAt(String threadTs) {
        return firstPostInThread.getOrDefault(threadTs, 0L);
    }

    /** When the first {@code chat.postEphemeral} (a refusal such as "busy") in thread {@code threadTs} arrived, 0 if none. */
    public long refusedAt(String threadTs) {
        return firstEphemeralInThread.getOrDefault(threadTs, 0L);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long arrived = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            counts.computeIfAbsent(method, m -> new LongAdder()).increment();
            if (method.equals("chat.postMessage") || method.equals("chat.postEphemeral")) {
                String thread = formValue(body, "thread_ts");
                if (thread != null) {
                    (method.equals("chat.postMessage") ? firstPostInThread : firstEphemeralInThread)
                            .putIfAbsent(thread, arrived);
                }
            }
            long stamp = ts.incrementAndGet();
            String reply = method.equals("auth.test")
                    ? "{\"ok\":true,\"team_id\":\"T0BENCH\",\"user_id\":\"U0BOT\",\"user\":\"segbot\",\"bot_id\":\"B0BOT\"}"
                    : "{\"ok\":true,\"channel\":\"C0BENCH\",\"ts\":\"" + stamp / 1_000_000 + "." + stamp % 1_000_000
                            + "\",\"message_ts\":\"1.0\"}";
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String formValue(String body, String name) {
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
