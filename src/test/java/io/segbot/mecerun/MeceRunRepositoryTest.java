package io.segbot.mecerun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.store.Database;
import io.segbot.store.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeceRunRepositoryTest {
    static final MeceRunRecords.Run RUN = new MeceRunRecords.Run(
            0,
            null,
            "file.csv",
            null,
            Instant.parse("2025-07-01T00:00:00Z"),
            LocalDate.of(2025, 6, 30),
            LocalDate.of(2025, 6, 24),
            7,
            1,
            2,
            "{}",
            3,
            2,
            "[]",
            "{}",
            "{}",
            "ok",
            "[]");

    @Test
    void a_saved_run_reads_back_with_undefined_scores_as_null() {
        try (Database database = TestDatabases.fresh("mece-repo-" + UUID.randomUUID())) {
            MeceRunRepository runs = new MeceRunRepository(database);
            MeceRunRecords.Segment segment = new MeceRunRecords.Segment(
                    1,
                    "High",
                    "X_High",
                    "[\"High\"]",
                    2,
                    Double.NaN,
                    1.1,
                    "estimated",
                    null,
                    null,
                    0,
                    0,
                    0,
                    0,
                    1.0,
                    0.5,
                    Double.NaN,
                    0.42,
                    false);

            long id = runs.save(
                    RUN,
                    List.of(segment),
                    List.of(
                            new MeceRunRecords.Bucket("High", "X_High", 2, "High"),
                            new MeceRunRecords.Bucket("Other", "X_Other", 0, null)),
                    assignments(2, -1));

            assertThat(runs.find(id).orElseThrow()).isEqualTo(RUN.withId(id));
            assertThat(runs.latest().orElseThrow().id()).isEqualTo(id);
            MeceRunRecords.Segment read = runs.segments(id).get(0);
            assertThat(read.conversionPotential()).isNull();
            assertThat(read.strategicFit()).isNull();
            assertThat(read.liftVsControl()).isEqualTo(1.1);
            assertThat(runs.buckets(id))
                    .extracting(MeceRunRecords.Bucket::finalSegment)
                    .containsExactly("High", null);
            List<MeceRunRecords.Assignment> assigned = new java.util.ArrayList<>();
            runs.forEachAssignment(id, "High", assigned::add);
            assertThat(assigned)
                    .containsExactly(
                            new MeceRunRecords.Assignment("u0", "High", "High"),
                            new MeceRunRecords.Assignment("u1", "High", "High"));
        }
    }

    @Test
    void a_save_that_fails_midway_stores_nothing() {
        try (Database database = TestDatabases.fresh("mece-repo-" + UUID.randomUUID())) {
            MeceRunRepository runs = new MeceRunRepository(database);

            assertThatThrownBy(() -> runs.save(RUN, List.of(), List.of(), assignments(3, 1)))
                    .hasMessageContaining("row 1 cannot be read");

            assertThat(runs.latest()).isEmpty();
        }
    }

    /** Users u0..u(n−1) in segment High; reading row {@code failAt} throws. */
    static MeceRunRecords.AssignmentSource assignments(int size, int failAt) {
        return new MeceRunRecords.AssignmentSource() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public String userId(int index) {
                if (index == failAt) {
                    throw new IllegalStateException("row " + index + " cannot be read");
                }
                return "u" + index;
            }

            @Override
            public String bucketCombo(int index) {
                return "High";
            }

            @Override
            public String finalSegment(int index) {
                return "High";
            }
        };
    }
}
