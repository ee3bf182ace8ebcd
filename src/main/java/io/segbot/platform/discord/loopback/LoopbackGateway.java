package io.segbot.platform.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's gateway on 127.0.0.1, plain JSON frames (JDA with {@code Compression.NONE}): HELLO on
 * connect, READY then GUILD_CREATE on IDENTIFY, heartbeat ACK on every heartbeat, and dispatches
 * the facade hands it to every identified session.
 */
final class LoopbackGateway extends WebSocketServer {
    private static final Logger log = LoggerFactory.getLogger(LoopbackGateway.class);
    private static final int HEARTBEAT_MILLIS = 41_250;

    private final CountDownLatch started = new CountDownLatch(1);
    private final Set<WebSocket> identified = ConcurrentHashMap.newKeySet();
    private final Supplier<ObjectNode> ready;
    private final Supplier<ObjectNode> guildCreate;
    private final AtomicInteger identifies = new AtomicInteger();
    private volatile JsonNode lastIdentify;

    LoopbackGateway(Supplier<ObjectNode> ready, Supplier<ObjectNode> guildCreate) {
        super(new InetSocketAddress("127.0.0.1", 0), 1);
        this.ready = ready;
        this.guildCreate = guildCreate;
        setReuseAddr(true);
        setDaemon(true);
    }

    void awaitStarted() throws InterruptedException {
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the loopback gateway did not start within 10 s");
        }
    }

    int identifies() {
        return identifies.get();
    }

    /** The last IDENTIFY's data (token, intents, properties), or null. */
    JsonNode lastIdentify() {
        return lastIdentify;
    }

    /** Sends an event to every identified session; false when none is connected. */
    boolean dispatch(String type, JsonNode data) {
        boolean sent = false;
        for (WebSocket session : identified) {
            if (session.isOpen()) {
                AtomicInteger sequence = session.getAttachment();
                session.send(Payloads.dispatch(type, sequence.incrementAndGet(), data)
                        .toString());
                sent = true;
            }
        }
        return sent;
    }

    @Override
    public void onOpen(WebSocket session, ClientHandshake handshake) {
        session.setAttachment(new AtomicInteger());
        ObjectNode hello = Payloads.JSON.createObjectNode().put("op", 10);
        hello.putObject("d").put("heartbeat_interval", HEARTBEAT_MILLIS);
        session.send(hello.toString());
    }

    @Override
    public void onMessage(WebSocket session, String text) {
        JsonNode frame;
        try {
            frame = Payloads.JSON.readTree(text);
        } catch (Exception e) {
            log.warn("loopback gateway: unreadable frame {}", text);
            return;
        }
        switch (frame.path("op").asInt(-1)) {
            case 1 -> session.send("{\"op\":11}");
            case 2 -> {
                lastIdentify = frame.path("d");
                identifies.incrementAndGet();
                AtomicInteger sequence = session.getAttachment();
                session.send(Payloads.dispatch("READY", sequence.incrementAndGet(), ready.get())
                        .toString());
                session.send(Payloads.dispatch("GUILD_CREATE", sequence.incrementAndGet(), guildCreate.get())
                        .toString());
                identified.add(session);
            }
            default -> log.debug("loopback gateway: ignoring op {}", frame.path("op"));
        }
    }

    @Override
    public void onClose(WebSocket session, int code, String reason, boolean remote) {
        identified.remove(session);
    }

    @Override
    public void onError(WebSocket session, Exception e) {
        log.debug("loopback gateway: {}", e.toString());
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
