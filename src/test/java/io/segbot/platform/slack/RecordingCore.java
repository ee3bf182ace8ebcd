package io.segbot.platform.slack;

import io.segbot.bot.Ack;
import io.segbot.bot.BotPort;
import io.segbot.bot.Inbound;
import io.segbot.bot.message.OutgoingMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the core only in transport tests (what the adapter hands over and how it acks);
 * flows run against the real core. Follows BotPort's contract: an event id is taken once.
 */
final class RecordingCore implements BotPort {
    /** One call: which entry, the action id for clicks, and the inbound. */
    record Received(String kind, String actionId, Inbound inbound) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    volatile OutgoingMessage immediate = OutgoingMessage.text("Job 12 queued: `mece`");

    @Override
    public Ack message(Inbound message) {
        return take("message", null, message);
    }

    @Override
    public Ack command(Inbound command) {
        return take("command", null, command);
    }

    @Override
    public Ack action(String actionId, Inbound click) {
        return take("action", actionId, click);
    }

    private Ack take(String kind, String actionId, Inbound inbound) {
        if (!seen.add(inbound.eventId())) {
            return Ack.duplicate();
        }
        received.add(new Received(kind, actionId, inbound));
        return Ack.accepted(immediate);
    }

    List<Received> await(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (received.size() < count && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        if (received.size() < count) {
            throw new AssertionError("expected " + count + " inbound calls, got " + received);
        }
        return List.copyOf(received);
    }
}
