package io.segbot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.TestClock;
import io.segbot.store.Database;
import io.segbot.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rate limits of two instances sharing one store ({@link TokenBuckets#shared}; two connection pools
 * on one PostgreSQL database under {@code -Ppostgres}, two opens of one H2 file otherwise): a user
 * gets the configured rate once across both, not once on each.
 */
class RateLimitsAcrossInstancesTest {
    static final Requester ANA = Requester.of("slack", "U1");
    static final Requester BO = Requester.of("slack", "U2");

    @TempDir
    Path folder;

    TestClock clock = new TestClock("2026-01-05T09:00:00Z");
    List<Database> stores;
    TokenBuckets instanceA;
    TokenBuckets instanceB;

    @BeforeEach
    void two_instances_on_one_store() {
        stores = TestDatabases.sharedPair("rate-limits", folder);
        instanceA = TokenBuckets.shared(TokenBuckets.defaultLimits(), clock, stores.get(0));
        instanceB = TokenBuckets.shared(TokenBuckets.defaultLimits(), clock, stores.get(1));
    }

    @AfterEach
    void close() {
        stores.forEach(Database::close);
    }

    @Test
    void five_runs_an_hour_are_five_across_both_instances_then_twelve_minutes_until_the_next() {
        List<TokenBuckets> alternating = List.of(instanceA, instanceB, instanceA, instanceB, instanceA);
        for (TokenBuckets instance : alternating) {
            assertThat(instance.tryAcquire(ANA, Ability.RUN)).isEmpty();
        }
        String refusal = "You've reached the limit of 5 runs an hour; please try again in 12 minutes.";
        assertThat(instanceB.tryAcquire(ANA, Ability.RUN)).contains(refusal);
        assertThat(instanceA.tryAcquire(ANA, Ability.RUN)).contains(refusal);
        assertThat(instanceB.tryAcquire(BO, Ability.RUN))
                .as("another user's bucket")
                .isEmpty();
        assertThat(instanceB.tryAcquire(ANA, Ability.ASK))
                .as("another ability's bucket")
                .isEmpty();

        clock.advance(Duration.ofMinutes(12)); // one run comes back every 60/5 minutes
        assertThat(instanceB.tryAcquire(ANA, Ability.RUN)).isEmpty();
        assertThat(instanceA.tryAcquire(ANA, Ability.RUN)).contains(refusal);
    }

    @Test
    void questions_asked_of_both_instances_at_once_pass_twenty_a_minute_in_all() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier barrier = new CyclicBarrier(2);
            List<Future<Integer>> allowed = new ArrayList<>();
            for (TokenBuckets instance : List.of(instanceA, instanceB)) {
                allowed.add(threads.submit(() -> {
                    int passed = 0;
                    for (int question = 0; question < 15; question++) {
                        barrier.await(20, TimeUnit.SECONDS);
                        if (instance.tryAcquire(ANA, Ability.ASK).isEmpty()) {
                            passed++;
                        }
                    }
                    return passed;
                }));
            }
            int total = 0;
            for (Future<Integer> passed : allowed) {
                total += passed.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).as("questions passed of 30 asked at once").isEqualTo(20);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void the_bucket_of_a_user_idle_until_it_is_full_again_is_deleted_by_the_next_minutes_sweep() {
        assertThat(instanceA.tryAcquire(ANA, Ability.ASK)).isEmpty(); // full again 3 s later
        assertThat(buckets()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(61));
        assertThat(instanceA.tryAcquire(BO, Ability.ASK)).isEmpty();
        assertThat(buckets()).as("Bo's bucket only").isEqualTo(1);
        assertThat(instanceA.tryAcquire(ANA, Ability.ASK)).isEmpty();
        assertThat(buckets()).isEqualTo(2);
    }

    @Test
    void configured_limits_apply_across_instances_and_the_console_is_never_limited() {
        Map<Ability, RateLimit> strict = Map.of(Ability.ASK, new RateLimit(2, Duration.ofSeconds(10)));
        TokenBuckets a = TokenBuckets.shared(strict, clock, stores.get(0));
        TokenBuckets b = TokenBuckets.shared(strict, clock, stores.get(1));
        assertThat(a.tryAcquire(BO, Ability.ASK)).isEmpty();
        assertThat(b.tryAcquire(BO, Ability.ASK)).isEmpty();
        assertThat(a.tryAcquire(BO, Ability.ASK))
                .contains("You've reached the limit of 2 questions every 10 seconds; please try again in 5 seconds.");
        assertThat(b.tryAcquire(BO, Ability.RUN)).as("no limit configured").isEqualTo(Optional.empty());
        Requester local = Requester.of(PermissionPolicy.CONSOLE, "local");
        for (int i = 0; i < 5; i++) {
            assertThat(b.tryAcquire(local, Ability.ASK)).isEmpty();
        }
    }

    private int buckets() {
        return stores.get(1).inTransaction(c -> {
            try (var rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM rate_bucket")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
