package io.segbot.chat.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer(Map.of(
            "churn", 5, "segment", 9, "compare", 3, "than", 4, "thank", 1, "at", 2, "risk", 2, "for", 3, "whats", 1));

    @Test
    void tokenize_lowercases_drops_emoji_and_punctuation_and_joins_apostrophes() {
        assertThat(TextNormalizer.tokenize("What's the CHURN for At-Risk? 😬 #15311"))
                .containsExactly("whats", "the", "churn", "for", "at", "risk", "15311");
    }

    @Test
    void tokenize_keeps_underscored_ids_and_segment_names_whole() {
        assertThat(TextNormalizer.tokenize("user_000123 in Premium_Engaged_Profitable, p_alive?"))
                .containsExactly("user_000123", "in", "premium_engaged_profitable", "p_alive");
    }

    @Test
    void normalize_strips_chatty_fillers_and_a_leading_greeting() {
        TextNormalizer.Normalized n = normalizer.normalize("hey segbot, quick q — whats the chrun for at risk pls");
        assertThat(n.tokens()).containsExactly("whats", "the", "churn", "for", "at", "risk");
        assertThat(n.raw()).containsExactly("whats", "the", "chrun", "for", "at", "risk");
    }

    @Test
    void a_greeting_alone_is_kept() {
        assertThat(normalizer.normalize("hi segbot 👋").tokens()).containsExactly("hi");
    }

    @Test
    void typos_are_corrected_to_the_vocabulary_word_one_edit_away() {
        assertThat(normalizer.correct("segmnet")).isEqualTo("segment");
        assertThat(normalizer.correct("comapre")).isEqualTo("compare");
        assertThat(normalizer.correct("chrun")).isEqualTo("churn");
    }

    @Test
    void known_words_numbers_short_words_and_unrelated_words_are_left_alone() {
        assertThat(normalizer.correct("thank")).isEqualTo("thank");
        assertThat(normalizer.correct("17850")).isEqualTo("17850");
        assertThat(normalizer.correct("chun")).isEqualTo("chun");
        assertThat(normalizer.correct("weather")).isEqualTo("weather");
    }

    @Test
    void raw_and_corrected_tokens_must_align() {
        assertThatThrownBy(() -> new TextNormalizer.Normalized(List.of("a"), List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[a] vs [a, b]");
    }
}
