package io.segbot.bot;

import java.time.Duration;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link RateLimits} as one token bucket per user and ability. An ability without a limit is not
 * limited; the console's local user is never limited (the operator of the machine). Full buckets
 * of idle users are dropped now and then, so the map stays as large as the set of active users.
 */
public final class TokenBuckets implements RateLimits {
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<Ability, RateLimit> limits;
    private final InstantSource clock;
    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param limits one limit per limited ability
     * @param clock the time source (tests pass one they move by hand)
     */
    public TokenBuckets(Map<Ability, RateLimit> limits, InstantSource clock) {
        this.limits = limits.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(limits));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** 20 questions a minute and 5 runs an hour. */
    public static Map<Ability, RateLimit> defaultLimits() {
        return Map.of(Ability.ASK, RateLimit.perMinute(20), Ability.RUN, RateLimit.perHour(5));
    }

    @Override
    public Optional<String> tryAcquire(Requester requester, Ability ability) {
        RateLimit limit = limits.get(Objects.requireNonNull(ability, "ability"));
        if (limit == null || PermissionPolicy.CONSOLE.equals(requester.platform())) {
            return Optional.empty();
        }
        long now = nanos();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        Bucket bucket = buckets.computeIfAbsent(
                new Key(requester.platform(), requester.userId(), ability), key -> new Bucket(limit, now));
        long waitNanos = bucket.take(now);
        return waitNanos == 0 ? Optional.empty() : Optional.of(tooMany(ability, limit, waitNanos));
    }

    private long nanos() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    static String tooMany(Ability ability, RateLimit limit, long waitNanos) {
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        return "You've reached the limit of " + limit.tokens() + " " + noun(ability) + " " + period(limit.per())
                + "; please try again in " + inWords(seconds) + ".";
    }

    private static String noun(Ability ability) {
        return switch (ability) {
            case ASK -> "questions";
            case RUN -> "runs";
            case EXPORT -> "exports";
            case SCHEDULE -> "schedule changes";
            case ADMIN -> "admin commands";
        };
    }

    private static String period(Duration per) {
        if (per.equals(Duration.ofMinutes(1))) {
            return "a minute";
        }
        if (per.equals(Duration.ofHours(1))) {
            return "an hour";
        }
        if (per.equals(Duration.ofDays(1))) {
            return "a day";
        }
        return "every " + inWords(per.toSeconds());
    }

    private static String inWords(long seconds) {
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 120) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return (minutes + 59) / 60 + " hours";
    }

    private record Key(String platform, String userId, Ability ability) {}

    /** Tokens refill continuously at tokens/per; a use takes one whole token. */
    private static final class Bucket {
        private final RateLimit limit;
        private double tokens;
        private long updated;

        Bucket(RateLimit limit, long now) {
            this.limit = limit;
            this.tokens = limit.tokens();
            this.updated = now;
        }

        /** @return 0 when a token was taken, else the nanoseconds until one is back */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) * limit.nanosPerToken()));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= limit.tokens();
        }

        private void refill(long now) {
            long elapsed = Math.max(0, now - updated);
            tokens = Math.min(limit.tokens(), tokens + (double) elapsed / limit.nanosPerToken());
            updated = now;
        }
    }
}
