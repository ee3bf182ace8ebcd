package io.segbot.bot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Where {@link TokenBuckets} keeps its buckets: this process's memory ({@link InMemory}), or the
 * store shared by several instances ({@link StoredBuckets}).
 *
 * <p>Thread-safety: {@link #update} is atomic per key. Blocking: the stored one waits for the
 * store.
 */
interface BucketStore {
    /** Whose bucket. */
    record Key(String platform, String userId, Ability ability) {}

    /**
     * Applies {@code change} to the bucket of {@code key} ({@code fresh} when there is none) and
     * keeps the result, atomically; returns it. {@code now} lets the store drop full buckets.
     */
    TokenBucket update(Key key, TokenBucket fresh, UnaryOperator<TokenBucket> change, long now);

    /**
     * The buckets of this process. Full buckets of idle users are dropped now and then, so the map
     * stays as large as the set of active users.
     */
    final class InMemory implements BucketStore {
        private static final int SWEEP_ABOVE = 10_000;

        private final Map<Key, TokenBucket> buckets = new ConcurrentHashMap<>();

        @Override
        public TokenBucket update(Key key, TokenBucket fresh, UnaryOperator<TokenBucket> change, long now) {
            if (buckets.size() > SWEEP_ABOVE) {
                buckets.values().removeIf(bucket -> bucket.fullNanos() <= now);
            }
            return buckets.compute(key, (k, stored) -> change.apply(stored == null ? fresh : stored));
        }
    }
}
