package io.segbot.platform.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Discord's REST API on 127.0.0.1 ({@code /api/v10/}): reads each request (JSON, or multipart with
 * {@code payload_json} and files), hands it to the facade to answer and record.
 */
final class LoopbackRest implements AutoCloseable {
    static final String BASE = "/api/v10/";

    /** An answer: HTTP status and body (null for 204). */
    record Answer(int status, JsonNode body) {
        static Answer ok(JsonNode body) {
            return new Answer(200, body);
        }

        static Answer noContent() {
            return new Answer(204, null);
        }

        static Answer error(int status, int code, String message) {
            ObjectNode body = Payloads.JSON.createObjectNode().put("code", code).put("message", message);
            return new Answer(status, body);
        }
    }

    /** Answers one request. */
    interface Router {
        Answer answer(LoopbackDiscord.Call call);
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final Router router;
    private final Consumer<LoopbackDiscord.Call> recorder;

    LoopbackRest(Router router, Consumer<LoopbackDiscord.Call> recorder) throws IOException {
        this.router = router;
        this.recorder = recorder;
        this.workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "loopback-discord-rest");
            thread.setDaemon(true);
            return thread;
        });
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext(BASE, this::handle);
        server.setExecutor(workers);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            LoopbackDiscord.Call call = read(exchange, body);
            Answer answer;
            try {
                answer = router.answer(call);
            } catch (RuntimeException e) {
                answer = Answer.error(500, 0, "loopback Discord failed: " + e);
            }
            recorder.accept(call);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (answer.body() == null) {
                exchange.sendResponseHeaders(answer.status(), -1);
                return;
            }
            byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static LoopbackDiscord.Call read(HttpExchange exchange, byte[] body) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(BASE.length());
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        JsonNode json = Payloads.JSON.createObjectNode();
        List<LoopbackDiscord.SentFile> files = new ArrayList<>();
        if (Multipart.is(contentType)) {
            for (Multipart.Piece piece : Multipart.parse(contentType, body)) {
                if (piece.name().equals("payload_json")) {
                    json = Payloads.JSON.readTree(piece.text());
                } else if (piece.fileName() != null) {
                    files.add(new LoopbackDiscord.SentFile(piece.fileName(), piece.bytes()));
                }
            }
        } else if (body.length > 0) {
            json = Payloads.JSON.readTree(body);
        }
        if (json instanceof ArrayNode array) {
            ObjectNode wrapper = Payloads.JSON.createObjectNode();
            wrapper.set("items", array);
            json = wrapper;
        }
        return new LoopbackDiscord.Call(
                exchange.getRequestMethod(),
                path,
                exchange.getRequestURI().getRawQuery(),
                (ObjectNode) json,
                files,
                System.nanoTime());
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
