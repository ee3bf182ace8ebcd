package io.segbot.platform.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback stand-in for Slack's Web API: answers the methods segbot calls the way Slack documents
 * them, records every call's parameters, and can be told to fail the next call of a method (429
 * with Retry-After, or an error code such as not_in_channel or invalid_blocks).
 */
final class FakeSlackApi implements AutoCloseable {
    static final String TEAM = "T0TEAM";
    static final String BOT_USER = "U0BOT";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One call as Slack would have received it: form fields, or the JSON body's top-level fields. */
    record Call(String method, Map<String, String> params, byte[] body) {
        String param(String name) {
            return params.get(name);
        }

        JsonNode json(String name) {
            try {
                return JSON.readTree(params.get(name));
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + params.get(name), e);
            }
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<String>> failures = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000_100L);
    private volatile String socketUrl;

    FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::handle);
        server.createContext("/upload/", this::upload);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    /** The base URL for {@code SLACK_API_URL}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    void socketModeUrl(String url) {
        this.socketUrl = url;
    }

    /** Slack's user groups: group id to member user ids, as {@code usergroups.list} answers. */
    final Map<String, List<String>> userGroups = new java.util.concurrent.ConcurrentHashMap<>();

    /** The next call of {@code method} fails with {@code error} ("429:2" is a 429 with Retry-After 2). */
    void failNext(String method, String error) {
        failures.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(error);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Waits until {@code count} calls of {@code method} arrived (time-boxed), then returns them. */
    List<Call> await(String method, int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (calls(method).size() < count && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        List<Call> seen = calls(method);
        if (seen.size() < count) {
            throw new AssertionError("expected " + count + " calls of " + method + " but got " + seen.size() + ": "
                    + calls.stream().map(Call::method).toList());
        }
        return seen;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> params = parse(exchange.getRequestHeaders().getFirst("Content-Type"), body);
        String failure = next(method);
        if (failure != null && failure.startsWith("429:")) {
            calls.add(new Call(method + "#429", params, body));
            exchange.getResponseHeaders().add("Retry-After", failure.substring(4));
            reply(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        if (failure != null) {
            calls.add(new Call(method, params, body));
            reply(exchange, 200, "{\"ok\":false,\"error\":\"" + failure + "\"}");
            return;
        }
        String answer = answer(method, params);
        JsonNode ts = JSON.readTree(answer).get("ts");
        if (ts != null) {
            params.put("_ts", ts.asText()); // what Slack answered, so tests can follow a message
        }
        calls.add(new Call(method, params, body));
        reply(exchange, 200, answer);
    }

    private String next(String method) {
        Queue<String> queue = failures.get(method);
        return queue == null ? null : queue.poll();
    }

    private String answer(String method, Map<String, String> params) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        String channel = params.getOrDefault("channel", params.get("channel_id"));
        switch (method) {
            case "auth.test" -> {
                out.put("url", "https://segbot-test.slack.com/");
                out.put("team", "segbot test");
                out.put("user", "segbot");
                out.put("team_id", TEAM);
                out.put("user_id", BOT_USER);
                out.put("bot_id", "B0BOT");
            }
            case "chat.postMessage", "chat.update", "chat.startStream" -> {
                out.put("channel", channel);
                out.put("ts", params.getOrDefault("ts", nextTs()));
            }
            case "chat.postEphemeral" -> out.put("message_ts", nextTs());
            case "files.getUploadURLExternal" -> {
                String id = "F" + clock.incrementAndGet();
                out.put("upload_url", "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + id);
                out.put("file_id", id);
            }
            case "files.completeUploadExternal" -> {
                List<Map<String, Object>> files = new ArrayList<>();
                for (JsonNode file : JSON.readTree(params.get("files"))) {
                    files.add(Map.of(
                            "id",
                            file.get("id").asText(),
                            "title",
                            file.path("title").asText("")));
                }
                out.put("files", files);
            }
            case "conversations.open" -> out.put("channel", Map.of("id", "D" + params.get("users")));
            case "views.publish", "views.open" -> out.put("view", Map.of("id", "V" + clock.incrementAndGet()));
            case "apps.connections.open" -> out.put("url", socketUrl);
            case "usergroups.list" -> {
                List<Map<String, Object>> groups = new ArrayList<>();
                userGroups.forEach((id, users) -> groups.add(Map.of(
                        "id", id, "team_id", TEAM, "handle", id.toLowerCase(java.util.Locale.ROOT), "users", users)));
                out.put("usergroups", groups);
            }
            default -> {}
        }
        return JSON.writeValueAsString(out);
    }

    private String nextTs() {
        long micros = clock.incrementAndGet();
        return micros / 1_000_000 + "." + String.format("%06d", micros % 1_000_000);
    }

    private void upload(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestURI().getPath().substring("/upload/".length());
        calls.add(new Call("upload", Map.of("file_id", id), body));
        reply(exchange, 200, "OK - " + body.length);
    }

    static Map<String, String> parse(String contentType, byte[] body) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType != null && contentType.startsWith("application/json")) {
            JSON.readTree(text)
                    .fields()
                    .forEachRemaining(e -> params.put(
                            e.getKey(),
                            e.getValue().isTextual()
                                    ? e.getValue().asText()
                                    : e.getValue().toString()));
            return params;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
