package io.segbot.bot;

import java.util.Optional;

/**
 * Per-user rate limits (token buckets per requester and ability).
 *
 * <p>Thread-safety: safe from any thread. Blocking: never. Nullness: no null arguments.
 */
public interface RateLimits {
    /**
     * Takes one token for this requester and ability.
     *
     * @return empty when allowed; otherwise one friendly line saying when to try again
     */
    Optional<String> tryAcquire(Requester requester, Ability ability);
}
