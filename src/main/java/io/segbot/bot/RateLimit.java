package io.segbot.bot;

import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket's size and refill: at most {@code tokens} uses in a burst, refilled evenly over
 * {@code per} (so 5 per hour is one more every 12 minutes).
 *
 * @param tokens 1..10,000
 * @param per 1 second .. 1 day
 */
public record RateLimit(int tokens, Duration per) {
    public RateLimit {
        Objects.requireNonNull(per, "per");
        if (tokens < 1 || tokens > 10_000) {
            throw new IllegalArgumentException("a rate limit needs 1..10000 tokens, got " + tokens);
        }
        if (per.compareTo(Duration.ofSeconds(1)) < 0 || per.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("a rate limit's period must be within 1 second .. 1 day, got " + per);
        }
    }

    public static RateLimit perMinute(int tokens) {
        return new RateLimit(tokens, Duration.ofMinutes(1));
    }

    public static RateLimit perHour(int tokens) {
        return new RateLimit(tokens, Duration.ofHours(1));
    }

    /** Nanoseconds for one token to come back. */
    long nanosPerToken() {
        return per.toNanos() / tokens;
    }
}
