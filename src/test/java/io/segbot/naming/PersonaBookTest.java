package io.segbot.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonaBookTest {
    @TempDir
    Path dir;

    @Test
    void the_shipped_book_has_the_prototypes_four_personas_and_weighted_judge() {
        PersonaBook book = Segments.book();
        assertThat(book.jurors())
                .extracting(Persona::id)
                .containsExactly("creative_marketer", "growth_strategist", "data_scientist", "risk_manager");
        assertThat(book.judge().name()).isEqualTo("Chief Segmentation Officer");
        assertThat(book.judge().criteria())
                .extracting(Criterion::id, Criterion::weight)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mece_compliance", 0.30),
                        org.assertj.core.groups.Tuple.tuple("marketing_clarity", 0.25),
                        org.assertj.core.groups.Tuple.tuple("tier_attribute_structure", 0.20),
                        org.assertj.core.groups.Tuple.tuple("rule_precision", 0.15),
                        org.assertj.core.groups.Tuple.tuple("memorability", 0.10));
        assertThat(book.juror("creative_marketer").temperature()).isEqualTo(0.3);
        assertThat(book.judge().temperature()).isEqualTo(0.1);
    }

    @Test
    void dimensions_map_to_families_case_insensitively() {
        PersonaBook book = Segments.book();
        assertThat(book.family("AOV")).isEqualTo("value");
        assertThat(book.family("R")).isEqualTo("recency");
        assertThat(book.family("churn_risk")).isEqualTo("generic");
    }

    @Test
    void weights_that_do_not_sum_to_one_are_refused_naming_the_file() throws IOException {
        String shipped = Files.readString(Path.of(PersonaBook.FILE));
        Path broken = Files.writeString(dir.resolve("personas.yaml"), shipped.replace("weight: 0.30", "weight: 0.50"));
        assertThatThrownBy(() -> PersonaBook.load(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot use " + broken + ": judge criteria weights must sum to 1, got 1.2");
    }

    @Test
    void a_tier_word_with_a_digit_is_refused() throws IOException {
        String shipped = Files.readString(Path.of(PersonaBook.FILE));
        Path broken = Files.writeString(dir.resolve("personas.yaml"), shipped.replace("high: Luxe,", "high: Top10,"));
        assertThatThrownBy(() -> PersonaBook.load(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tier word 'Top10' is not a capitalised word");
    }
}
