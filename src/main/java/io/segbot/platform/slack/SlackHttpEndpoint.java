package io.segbot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Events mode on the JDK's HTTP server, bound to one address (Bolt's own {@code SlackAppServer}
 * binds every interface): {@code POST /slack/events} takes events, slash commands and interactions,
 * runs them through Bolt's request parser and app (signature and 5-minute timestamp check
 * included) and writes Bolt's response.
 */
final class SlackHttpEndpoint implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackHttpEndpoint.class);
    static final String PATH = "/slack/events";
    /** Slack's payloads are small; anything larger is not from Slack. */
    static final int MAX_BODY = 1 << 20;

    private final App app;
    private final SlackRequestParser parser;
    private final HttpServer server;
    private final ExecutorService workers;

    SlackHttpEndpoint(App app, String bindAddress, int port, int threads) throws IOException {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.server = HttpServer.create(new InetSocketAddress(bindAddress, port), 256);
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "segbot-slack-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.createContext(PATH, this::handle);
        server.setExecutor(workers);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                write(exchange, 405, "text/plain", "POST only");
                return;
            }
            byte[] body = read(exchange.getRequestBody());
            if (body == null) {
                write(exchange, 413, "text/plain", "request too large");
                return;
            }
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(Map.of())
                    .requestBody(new String(body, StandardCharsets.UTF_8))
                    .headers(new RequestHeaders(Map.<String, List<String>>copyOf(exchange.getRequestHeaders())))
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            if (request == null) {
                write(exchange, 400, "text/plain", "not a Slack request");
                return;
            }
            Response response = app.run(request);
            String contentType = response.getContentType() == null ? "text/plain" : response.getContentType();
            write(
                    exchange,
                    response.getStatusCode(),
                    contentType,
                    response.getBody() == null ? "" : response.getBody());
        } catch (Exception e) {
            log.warn("a Slack request failed: {}", e.toString());
            write(exchange, 500, "text/plain", "internal error");
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static void write(HttpExchange exchange, int status, String contentType, String body) {
        try {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            log.debug("could not answer a Slack request: {}", e.toString());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
