package io.segbot.bot;

/**
 * A token bucket's state, as pure arithmetic (no clock, no lock, no storage), shared by the buckets
 * kept in this process and those kept in the store. Tokens refill continuously at tokens/per; a
 * use takes one whole token.
 *
 * @param tokens whole and part tokens left at {@code refilledNanos}
 * @param refilledNanos epoch nanoseconds of the last refill
 * @param fullNanos epoch nanoseconds when the bucket is full again
 */
record TokenBucket(double tokens, long refilledNanos, long fullNanos) {
    static TokenBucket full(RateLimit limit, long now) {
        return new TokenBucket(limit.tokens(), now, now);
    }

    /**
     * The bucket at {@code now}. A clock behind the last refill (another instance's, slightly off)
     * adds nothing and keeps the later time, so it never hands out tokens twice.
     */
    TokenBucket refilled(RateLimit limit, long now) {
        long elapsed = Math.max(0, now - refilledNanos);
        double refilled = Math.min(limit.tokens(), tokens + (double) elapsed / limit.nanosPerToken());
        return at(limit, refilled, Math.max(now, refilledNanos));
    }

    /** 0 when a whole token is there, else the nanoseconds until one is. */
    long waitNanos(RateLimit limit) {
        return tokens >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) * limit.nanosPerToken()));
    }

    /** The bucket after one use; only when {@link #waitNanos} is 0. */
    TokenBucket taken(RateLimit limit) {
        return at(limit, tokens - 1, refilledNanos);
    }

    private static TokenBucket at(RateLimit limit, double tokens, long at) {
        long untilFull = (long) Math.ceil((limit.tokens() - tokens) * limit.nanosPerToken());
        return new TokenBucket(tokens, at, at + untilFull);
    }
}
