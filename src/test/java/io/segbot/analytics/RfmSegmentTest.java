package io.segbot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RfmSegmentTest {
    @Test
    void map_assigns_every_one_of_the_25_cells_to_exactly_one_segment() {
        Map<RfmSegment, Integer> cells = new EnumMap<>(RfmSegment.class);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                cells.merge(RfmSegment.of(r, f), 1, Integer::sum);
            }
        }
        assertThat(cells)
                .containsEntry(RfmSegment.HIBERNATING, 4)
                .containsEntry(RfmSegment.AT_RISK, 4)
                .containsEntry(RfmSegment.CANT_LOSE_THEM, 2)
                .containsEntry(RfmSegment.ABOUT_TO_SLEEP, 2)
                .containsEntry(RfmSegment.NEED_ATTENTION, 1)
                .containsEntry(RfmSegment.LOYAL_CUSTOMERS, 4)
                .containsEntry(RfmSegment.PROMISING, 1)
                .containsEntry(RfmSegment.NEW_CUSTOMERS, 1)
                .containsEntry(RfmSegment.POTENTIAL_LOYALISTS, 4)
                .containsEntry(RfmSegment.CHAMPIONS, 2);
        assertThat(cells.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(25);
    }

    @Test
    void scores_outside_1_to_5_are_refused() {
        assertThatThrownBy(() -> RfmSegment.of(0, 3)).hasMessageContaining("R=0");
    }

    @Test
    void labels_round_trip() {
        assertThat(RfmSegment.fromLabel("can't lose them")).isEqualTo(RfmSegment.CANT_LOSE_THEM);
    }
}
