package io.segbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdSetTest {
    @Test
    void numbers_written_differently_are_different_ids() {
        IdSet ids = new IdSet();
        List<String> added = List.of("7", "007", "07", "7", "0", "00", "-7", "+7", "7.0", " 7");
        List<Boolean> isNew = added.stream().map(ids::add).toList();
        // only the second "7" is a repeat
        assertThat(isNew).containsExactly(true, true, true, false, true, true, true, true, true, true);
        assertThat(ids.size()).isEqualTo(9);
    }

    @Test
    void long_numbers_and_non_ascii_ids_are_kept_exactly() {
        IdSet ids = new IdSet();
        assertThat(ids.add("999999999999999999")).isTrue(); // 18 digits: a number
        assertThat(ids.add("9999999999999999999")).isTrue(); // 19 digits: kept as bytes
        assertThat(ids.add("9999999999999999999")).isFalse();
        assertThat(ids.add("Zoë")).isTrue();
        assertThat(ids.add("Zoë")).isFalse();
        assertThat(ids.add("")).isTrue();
        assertThat(ids.add("")).isFalse();
        assertThat(ids.size()).isEqualTo(4);
    }

    @Test
    void counts_the_same_distinct_ids_as_a_hash_set() {
        SplittableRandom random = new SplittableRandom(3);
        IdSet ids = new IdSet();
        Set<String> reference = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            int n = random.nextInt(60_000);
            String id =
                    switch (random.nextInt(4)) {
                        case 0 -> Integer.toString(n);
                        case 1 -> String.format("%06d", n);
                        case 2 -> "C" + n;
                        default -> "客" + n;
                    };
            assertThat(ids.add(id)).as(id).isEqualTo(reference.add(id));
        }
        assertThat(ids.size()).isEqualTo(reference.size());
    }

    @Test
    void canonical_reads_only_the_one_way_a_number_is_written() {
        assertThat(NumberSet.canonical("0")).isZero();
        assertThat(NumberSet.canonical("12345")).isEqualTo(12_345);
        assertThat(NumberSet.canonical("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
        for (String notCanonical : List.of("", "01", "1e3", "-1", "+1", "1 ", "١٢", "1234567890123456789")) {
            assertThat(NumberSet.canonical(notCanonical)).as(notCanonical).isEqualTo(-1);
        }
    }
}
