package io.segbot.chat.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StringSimilarityTest {
    @Test
    void damerau_levenshtein_counts_an_adjacent_swap_as_one_edit() {
        assertThat(StringSimilarity.damerauLevenshtein("chrun", "churn", 3)).isEqualTo(1);
        assertThat(StringSimilarity.damerauLevenshtein("segmnet", "segment", 3)).isEqualTo(1);
        assertThat(StringSimilarity.damerauLevenshtein("comapre", "compare", 3)).isEqualTo(1);
    }

    @Test
    void damerau_levenshtein_gives_the_textbook_kitten_sitting_distance() {
        // kitten -> sitten -> sittin -> sitting: two substitutions and one insertion.
        assertThat(StringSimilarity.damerauLevenshtein("kitten", "sitting", 5)).isEqualTo(3);
    }

    @Test
    void damerau_levenshtein_stops_at_the_limit() {
        assertThat(StringSimilarity.damerauLevenshtein("weather", "whether", 1)).isEqualTo(2);
        assertThat(StringSimilarity.damerauLevenshtein("a", "abcdef", 2)).isEqualTo(3);
    }

    @Test
    void jaro_winkler_matches_winklers_published_examples() {
        // Winkler (1990) / the Wikipedia worked examples: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX
        // 0.813.
        assertThat(StringSimilarity.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.001));
        assertThat(StringSimilarity.jaroWinkler("dwayne", "duane")).isCloseTo(0.840, within(0.001));
        assertThat(StringSimilarity.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
    }

    @Test
    void jaro_winkler_is_one_for_equal_and_zero_for_disjoint_words() {
        assertThat(StringSimilarity.jaroWinkler("champions", "champions")).isEqualTo(1.0);
        assertThat(StringSimilarity.jaroWinkler("abc", "xyz")).isEqualTo(0.0);
    }

    @Test
    void short_words_get_no_typo_allowance_and_long_words_two() {
        assertThat(StringSimilarity.allowedEdits(4)).isZero();
        assertThat(StringSimilarity.allowedEdits(5)).isEqualTo(1);
        assertThat(StringSimilarity.allowedEdits(8)).isEqualTo(1);
        assertThat(StringSimilarity.allowedEdits(9)).isEqualTo(2);
    }
}
