package io.segbot.bot;

import io.segbot.store.Database;
import io.segbot.store.RateBucketRepository;
import java.time.Duration;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RateLimits} as one token bucket per user and ability. An ability without a limit is not
 * limited; the console's local user is never limited (the operator of the machine). The buckets
 * live in this process ({@link #TokenBuckets(Map, InstantSource)}), or in the store for instances
 * that share one ({@link #shared}).
 */
public final class TokenBuckets implements RateLimits {
    private final Map<Ability, RateLimit> limits;
    private final InstantSource clock;
    private final BucketStore buckets;

    /**
     * Buckets in this process's memory.
     *
     * @param limits one limit per limited ability
     * @param clock the time source (tests pass one they move by hand)
     */
    public TokenBuckets(Map<Ability, RateLimit> limits, InstantSource clock) {
        this(limits, clock, new BucketStore.InMemory());
    }

    private TokenBuckets(Map<Ability, RateLimit> limits, InstantSource clock, BucketStore buckets) {
        this.limits = limits.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(limits));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.buckets = buckets;
    }

    /**
     * Buckets in {@code database}, shared by every instance on it: together they allow each user the
     * configured rate once, not once per instance. The instances' clocks should agree (NTP); one
     * running behind the last use only refills later.
     */
    public static TokenBuckets shared(Map<Ability, RateLimit> limits, InstantSource clock, Database database) {
        return new TokenBuckets(limits, clock, new StoredBuckets(new RateBucketRepository(database)));
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
        long[] waitNanos = new long[1];
        buckets.update(
                new BucketStore.Key(requester.platform(), requester.userId(), ability),
                TokenBucket.full(limit, now),
                bucket -> {
                    TokenBucket refilled = bucket.refilled(limit, now);
                    waitNanos[0] = refilled.waitNanos(limit);
                    return waitNanos[0] == 0 ? refilled.taken(limit) : refilled;
                },
                now);
        return waitNanos[0] == 0 ? Optional.empty() : Optional.of(tooMany(ability, limit, waitNanos[0]));
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
}
