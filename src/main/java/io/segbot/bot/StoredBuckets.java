package io.segbot.bot;

import io.segbot.store.RateBucketRepository;
import io.segbot.store.StoreException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets kept in the store, shared by every instance on it (a PostgreSQL store serving
 * several instances): each use is one transaction under the bucket's row lock, so N instances
 * together allow the configured rate, not N times it. Full buckets are deleted about once a minute.
 * When the store cannot be reached, this instance counts in its own memory (warned once) rather
 * than refusing everyone: the work asked for needs the store anyway and will say so.
 */
final class StoredBuckets implements BucketStore {
    private static final Logger log = LoggerFactory.getLogger(StoredBuckets.class);
    private static final long SWEEP_EVERY_NANOS = 60_000_000_000L;

    private final RateBucketRepository repository;
    private final BucketStore fallback = new InMemory();
    private final AtomicLong nextSweep = new AtomicLong(Long.MIN_VALUE);
    private final AtomicBoolean warned = new AtomicBoolean();

    StoredBuckets(RateBucketRepository repository) {
        this.repository = repository;
    }

    @Override
    public TokenBucket update(Key key, TokenBucket fresh, UnaryOperator<TokenBucket> change, long now) {
        try {
            long due = nextSweep.get();
            if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_EVERY_NANOS)) {
                repository.expire(now);
            }
            RateBucketRepository.Bucket stored = repository.update(
                    new RateBucketRepository.Key(
                            key.platform(), key.userId(), key.ability().name()),
                    stored(fresh),
                    bucket -> stored(change.apply(
                            new TokenBucket(bucket.tokens(), bucket.refilledNanos(), bucket.fullNanos()))));
            warned.set(false); // warn again if the store goes away again
            return new TokenBucket(stored.tokens(), stored.refilledNanos(), stored.fullNanos());
        } catch (StoreException e) {
            if (warned.compareAndSet(false, true)) {
                log.warn(
                        "the shared rate limits cannot be read from the store ({}); this instance counts"
                                + " on its own until it can",
                        e.getMessage());
            }
            return fallback.update(key, fresh, change, now);
        }
    }

    private static RateBucketRepository.Bucket stored(TokenBucket bucket) {
        return new RateBucketRepository.Bucket(bucket.tokens(), bucket.refilledNanos(), bucket.fullNanos());
    }
}
