package io.segbot.platform.discord;

import io.segbot.bot.Address;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * The deferred replies of slash commands and buttons, by interaction id. The core answers an
 * interaction at an {@link Address} whose thread is {@code interaction:ID:USER}; the outbox edits
 * the deferred reply through its hook while the hook is valid (Discord: 15 minutes; we stop a
 * little earlier), and falls back to a channel message naming the user afterwards, or after a
 * restart, when the hook is gone.
 *
 * <p>Thread-safety: safe from any thread.
 */
final class Hooks {
    static final Duration LIFETIME = Duration.ofMinutes(15);
    /** Stop using a hook this long before Discord does: a request in flight must still arrive in time. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    private static final String PREFIX = "interaction:";

    /** Which interaction an address answers, and who made it. */
    record Ref(String interactionId, String userId) {}

    /**
     * One deferred reply. {@link #lock} is held while the adapter hands the command to the core and
     * edits in its immediate answer, so the core's first post (a job's progress) cannot overtake it.
     */
    static final class Entry {
        final InteractionHook hook;
        final Instant created;
        final ReentrantLock lock = new ReentrantLock();
        /** Whether a post of the core has replaced the deferred reply (later posts are follow-ups). */
        boolean originalTaken;

        Entry(InteractionHook hook, Instant created) {
            this.hook = hook;
            this.created = created;
        }
    }

    private final Clock clock;
    private final Map<String, Entry> byInteraction = new ConcurrentHashMap<>();

    Hooks(Clock clock) {
        this.clock = clock;
    }

    Entry register(String interactionId, InteractionHook hook) {
        Instant now = clock.instant();
        byInteraction.values().removeIf(entry -> !now.isBefore(entry.created.plus(LIFETIME)));
        Entry entry = new Entry(hook, now);
        byInteraction.put(interactionId, entry);
        return entry;
    }

    /** The hook while it may still be used. */
    Optional<Entry> live(String interactionId) {
        Entry entry = byInteraction.get(interactionId);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.created.plus(LIFETIME).minus(MARGIN))) {
            byInteraction.remove(interactionId, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** Discord refused the hook: later posts go to the channel. */
    void forget(String interactionId) {
        byInteraction.remove(interactionId);
    }

    static Address address(String channelId, String interactionId, String userId) {
        return new Address(DiscordOutbox.PLATFORM, channelId, PREFIX + interactionId + ":" + userId);
    }

    static Optional<Ref> ref(Address address) {
        String thread = address.threadId();
        if (thread == null || !thread.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = thread.substring(PREFIX.length()).split(":", 2);
        return parts.length == 2 ? Optional.of(new Ref(parts[0], parts[1])) : Optional.empty();
    }
}
