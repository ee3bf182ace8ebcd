package io.segbot.chat;

import io.segbot.store.ProcessedEventRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which platform events were already taken, so each is answered once.
 *
 * <p>Thread-safety: implementations are safe from any thread. Blocking: the stored one runs one
 * short transaction.
 */
public interface EventClaims {
    /** True for the first claim of {@code eventKey} within the expiry; false for a repeat. */
    boolean claim(String eventKey);

    /** Gives a claim back when the event could not be taken on after all (a full queue). */
    void release(String eventKey);

    /** Claims kept in H2 (V7__processed_events.sql): shared by processes and kept across restarts. */
    static EventClaims stored(ProcessedEventRepository repository, Duration expiry, Clock clock) {
        return new EventClaims() {
            private volatile Instant lastSweep = Instant.MIN;

            @Override
            public boolean claim(String eventKey) {
                Instant now = clock.instant();
                if (lastSweep.isBefore(now.minus(expiry))) {
                    lastSweep = now;
                    repository.expire(now);
                }
                return repository.claim(eventKey, now, now.plus(expiry));
            }

            @Override
            public void release(String eventKey) {
                repository.release(eventKey);
            }
        };
    }

    /** Claims kept in this process only (benchmarks, tests of other things). */
    static EventClaims inMemory(Duration expiry, Clock clock) {
        Map<String, Instant> seen = new ConcurrentHashMap<>();
        return new EventClaims() {
            @Override
            public boolean claim(String eventKey) {
                Instant now = clock.instant();
                seen.values().removeIf(at -> !at.isAfter(now.minus(expiry)));
                return seen.putIfAbsent(eventKey, now) == null;
            }

            @Override
            public void release(String eventKey) {
                seen.remove(eventKey);
            }
        };
    }
}
