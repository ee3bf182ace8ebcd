package io.segbot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
    private static final Requester ANA = Requester.of("slack", "U1");
    private static final Requester BO = Requester.of("slack", "U2");

    /** A clock the test moves by hand. */
    private static final class HandClock implements InstantSource {
        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private final HandClock clock = new HandClock();
    private final TokenBuckets limits = new TokenBuckets(TokenBuckets.defaultLimits(), clock);

    @Test
    void twenty_questions_a_minute_pass_and_the_twenty_first_is_refused_politely() {
        for (int i = 0; i < 20; i++) {
            assertThat(limits.tryAcquire(ANA, Ability.ASK))
                    .as("question %d", i + 1)
                    .isEmpty();
        }

        assertThat(limits.tryAcquire(ANA, Ability.ASK))
                .contains("You've reached the limit of 20 questions a minute; please try again in 3 seconds.");
    }

    @Test
    void a_token_comes_back_after_a_twentieth_of_a_minute() {
        for (int i = 0; i < 20; i++) {
            limits.tryAcquire(ANA, Ability.ASK);
        }
        clock.advance(Duration.ofMillis(2_999));
        assertThat(limits.tryAcquire(ANA, Ability.ASK)).isPresent();

        clock.advance(Duration.ofMillis(1));
        assertThat(limits.tryAcquire(ANA, Ability.ASK)).isEmpty();
        assertThat(limits.tryAcquire(ANA, Ability.ASK)).isPresent();
    }

    @Test
    void five_runs_an_hour_then_twelve_minutes_until_the_next() {
        for (int i = 0; i < 5; i++) {
            assertThat(limits.tryAcquire(ANA, Ability.RUN)).isEmpty();
        }

        assertThat(limits.tryAcquire(ANA, Ability.RUN))
                .contains("You've reached the limit of 5 runs an hour; please try again in 12 minutes.");
        clock.advance(Duration.ofMinutes(12));
        assertThat(limits.tryAcquire(ANA, Ability.RUN)).isEmpty();
    }

    @Test
    void each_user_and_each_ability_has_its_own_bucket() {
        for (int i = 0; i < 5; i++) {
            limits.tryAcquire(ANA, Ability.RUN);
        }

        assertThat(limits.tryAcquire(ANA, Ability.RUN)).isPresent();
        assertThat(limits.tryAcquire(ANA, Ability.ASK)).isEmpty();
        assertThat(limits.tryAcquire(BO, Ability.RUN)).isEmpty();
        assertThat(limits.tryAcquire(Requester.of("discord", "U1"), Ability.RUN))
                .isEmpty();
    }

    @Test
    void a_long_pause_refills_only_up_to_the_bucket_size() {
        clock.advance(Duration.ofDays(1));
        for (int i = 0; i < 5; i++) {
            assertThat(limits.tryAcquire(ANA, Ability.RUN)).isEmpty();
        }
        assertThat(limits.tryAcquire(ANA, Ability.RUN)).isPresent();
    }

    @Test
    void unlimited_abilities_and_the_console_user_are_never_refused() {
        for (int i = 0; i < 100; i++) {
            assertThat(limits.tryAcquire(ANA, Ability.EXPORT)).isEmpty();
            assertThat(limits.tryAcquire(Requester.of("console", "local"), Ability.RUN))
                    .isEmpty();
        }
    }

    @Test
    void configured_limits_replace_the_defaults() {
        TokenBuckets strict = new TokenBuckets(Map.of(Ability.ASK, new RateLimit(2, Duration.ofSeconds(10))), clock);

        assertThat(strict.tryAcquire(ANA, Ability.ASK)).isEmpty();
        assertThat(strict.tryAcquire(ANA, Ability.ASK)).isEmpty();
        Optional<String> third = strict.tryAcquire(ANA, Ability.ASK);
        assertThat(third)
                .contains("You've reached the limit of 2 questions every 10 seconds; please try again in 5"
                        + " seconds.");
        assertThat(strict.tryAcquire(ANA, Ability.RUN)).isEmpty();
    }
}
