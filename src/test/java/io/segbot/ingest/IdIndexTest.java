package io.segbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdIndexTest {
    @Test
    void numbers_written_differently_are_different_ids() {
        IdIndex ids = new IdIndex();
        List<String> added = List.of("7", "007", "07", "7", "0", "00", "-7", "+7", "7.0", " 7");
        List<Boolean> isNew = added.stream().map(ids::add).toList();
        // only the second "7" is a repeat
        assertThat(isNew).containsExactly(true, true, true, false, true, true, true, true, true, true);
        assertThat(ids.size()).isEqualTo(9);
    }

    @Test
    void long_numbers_and_non_ascii_ids_are_kept_exactly() {
        IdIndex ids = new IdIndex();
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
        IdIndex ids = new IdIndex();
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
    void ids_are_numbered_in_order_of_first_appearance() {
        IdIndex ids = new IdIndex();
        List<Integer> numbers = List.of("12346", "C7", "12346", "12347", "Zoë", "C7", "12347").stream()
                .map(ids::index)
                .toList();
        assertThat(numbers).containsExactly(0, 1, 0, 2, 3, 1, 2);
    }

    @Test
    void numbers_keep_their_index_in_every_pattern_of_ids() {
        // ascending, descending, a stride too sparse for the window, a jump far away and back, and
        // ids hashed first that the window later grows over
        SplittableRandom random = new SplittableRandom(5);
        List<long[]> patterns = new java.util.ArrayList<>();
        long[] ascending = new long[30_000];
        long[] descending = new long[30_000];
        long[] strided = new long[30_000];
        long[] jumps = new long[30_000];
        long[] shuffled = new long[30_000];
        for (int i = 0; i < 30_000; i++) {
            ascending[i] = 10_000 + i / 2;
            descending[i] = 1_000_000 - i;
            strided[i] = 1_000L * i;
            jumps[i] = i % 3 == 0 ? 999_999_999_999L - i : 50_000 + i;
            shuffled[i] = random.nextInt(40_000);
        }
        patterns.addAll(List.of(ascending, descending, strided, jumps, shuffled, new long[] {
            5_000_000, 7, 5_000_001, 8, 6, 5_000_000, 9_000, 7
        }));
        for (long[] pattern : patterns) {
            NumberIndex index = new NumberIndex();
            java.util.Map<Long, Integer> reference = new java.util.HashMap<>();
            for (long value : pattern) {
                int next = reference.size();
                int expected = reference.getOrDefault(value, next);
                assertThat(index.index(value, next)).as("%d", value).isEqualTo(expected);
                reference.putIfAbsent(value, next);
            }
            assertThat(index.size()).isEqualTo(reference.size());
        }
    }

    @Test
    void canonical_reads_only_the_one_way_a_number_is_written() {
        assertThat(NumberIndex.canonical("0")).isZero();
        assertThat(NumberIndex.canonical("12345")).isEqualTo(12_345);
        assertThat(NumberIndex.canonical("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
        for (String notCanonical : List.of("", "01", "1e3", "-1", "+1", "1 ", "١٢", "1234567890123456789")) {
            assertThat(NumberIndex.canonical(notCanonical)).as(notCanonical).isEqualTo(-1);
        }
    }
}
