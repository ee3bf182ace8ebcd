package io.segbot.platform.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A loopback Socket Mode server: the fake Web API's {@code apps.connections.open} hands out its
 * ws:// URL; on connect it says hello, then sends the envelopes a test gives it and records the
 * client's acks ({@code {"envelope_id": …}}).
 */
final class FakeSocketMode extends WebSocketServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch connected = new CountDownLatch(1);
    private final List<JsonNode> acks = new CopyOnWriteArrayList<>();
    private volatile WebSocket client;

    FakeSocketMode() throws InterruptedException {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake Socket Mode server did not start");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test";
    }

    void awaitClient(Duration timeout) throws InterruptedException {
        if (!connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no Socket Mode client connected");
        }
    }

    void deliver(String envelope) {
        client.send(envelope);
    }

    /** The ack for {@code envelopeId}, waiting for it (time-boxed). */
    JsonNode ack(String envelopeId, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (JsonNode ack : acks) {
                if (envelopeId.equals(ack.path("envelope_id").asText())) {
                    return ack;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no ack for " + envelopeId + "; got " + acks);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        client = conn;
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"A0APP\"}}");
        connected.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            acks.add(JSON.readTree(message));
        } catch (Exception e) {
            throw new IllegalStateException("not JSON from the client: " + message, e);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onStart() {
        started.countDown();
    }
}
