package io.segbot.bot;

import io.segbot.bot.message.OutgoingMessage;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registered outboxes by platform, and the one place that decides where a message goes: a
 * customer-level message only ever privately to its requester, never to a channel.
 *
 * <p>Thread-safety: safe from any thread. Blocking: delivery blocks on the platform.
 */
public final class Outboxes {
    private static final Logger log = LoggerFactory.getLogger(Outboxes.class);

    private final Map<String, Outbox> byPlatform = new ConcurrentHashMap<>();
    private final Map<String, Consumer<Outbox>> onRegister = new ConcurrentHashMap<>();

    void register(Outbox outbox) {
        byPlatform.put(outbox.platform(), outbox);
        Consumer<Outbox> waiting = onRegister.remove(outbox.platform());
        if (waiting != null) {
            waiting.accept(outbox);
        }
    }

    /** Runs {@code action} with the platform's outbox now, or once it registers. */
    void whenRegistered(String platform, Consumer<Outbox> action) {
        Outbox outbox = byPlatform.get(platform);
        if (outbox != null) {
            action.accept(outbox);
            return;
        }
        onRegister.merge(platform, action, Consumer::andThen);
        Outbox late = byPlatform.get(platform);
        if (late != null) {
            Consumer<Outbox> waiting = onRegister.remove(platform);
            if (waiting != null) {
                waiting.accept(late);
            }
        }
    }

    public Optional<Outbox> of(String platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }

    /**
     * Sends {@code message} in answer to {@code requester} at {@code to}: privately when it is
     * customer-level. Delivery failures are logged, not thrown.
     *
     * @return what was posted, or empty when nothing could be
     */
    public Optional<Posted> send(Address to, Requester requester, OutgoingMessage message) {
        return send(to, requester, message, false);
    }

    /** As {@link #send(Address, Requester, OutgoingMessage)}; {@code privately} sends any message as a DM. */
    public Optional<Posted> send(Address to, Requester requester, OutgoingMessage message, boolean privately) {
        Optional<Outbox> outbox = of(to.platform());
        if (outbox.isEmpty()) {
            log.warn("no {} outbox registered in this process; a message for {} was dropped", to.platform(), to);
            return Optional.empty();
        }
        try {
            return Optional.of(
                    privately || message.customerLevel()
                            ? outbox.get().postPrivately(requester.userId(), message)
                            : outbox.get().post(to, message));
        } catch (DeliveryException e) {
            log.warn("could not deliver to {} ({}): {}", to, e.reason(), e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("could not deliver to {}: {}", to, e.toString());
            return Optional.empty();
        }
    }

    /** Replaces a posted message; a customer-level replacement is refused (it would land in a channel). */
    public void update(Posted posted, OutgoingMessage message) {
        replace(posted, message, false);
    }

    /** Replaces a job's progress message by its result ({@link Outbox#finish}). */
    public void finish(Posted progress, OutgoingMessage result) {
        replace(progress, result, true);
    }

    private void replace(Posted posted, OutgoingMessage message, boolean result) {
        if (message.customerLevel()) {
            throw new IllegalArgumentException("a customer-level message never replaces a channel message");
        }
        of(posted.address().platform()).ifPresent(outbox -> {
            try {
                if (result) {
                    outbox.finish(posted, message);
                } else {
                    outbox.update(posted, message);
                }
            } catch (RuntimeException e) {
                log.warn("could not update {}: {}", posted, e.toString());
            }
        });
    }
}
