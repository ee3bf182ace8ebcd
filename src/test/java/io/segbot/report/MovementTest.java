package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.segmentation.RunRepository;
import io.segbot.store.Database;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MovementTest {
    /**
     * Run 1: c1, c2 Champions, c3 At Risk, c4 Hibernating. Run 2: c1 Champions, c2 At Risk, c3
     * Hibernating, c5 Champions. So one Champion stayed, one moved to At Risk, At Risk moved to
     * Hibernating, c5 entered and c4 left.
     */
    @Test
    void transitions_between_two_hand_made_runs() throws Exception {
        try (Database database = Database.inMemory("movement-" + UUID.randomUUID())) {
            long dataset = ReportFixture.dataset(database);
            long first = ReportFixture.run(
                    database, dataset, LocalDate.of(2024, 6, 30), new String[] {"c1", "c2", "c3", "c4"}, new String[] {
                        "Champions", "Champions", "At Risk", "Hibernating"
                    });
            long second = ReportFixture.run(
                    database, dataset, LocalDate.of(2024, 12, 31), new String[] {"c1", "c2", "c3", "c5"}, new String[] {
                        "Champions", "At Risk", "Hibernating", "Champions"
                    });
            Movement movement = Movement.between(new RunRepository(database), first, second, Reports.rfmOrder());
            assertThat(movement.count("Champions", "Champions")).isEqualTo(1);
            assertThat(movement.count("Champions", "At Risk")).isEqualTo(1);
            assertThat(movement.count("At Risk", "Hibernating")).isEqualTo(1);
            assertThat(movement.count("Hibernating", "Hibernating")).isZero();
            assertThat(movement.matched()).isEqualTo(3);
            assertThat(movement.stayed()).isEqualTo(1);
            assertThat(movement.entered()).isEqualTo(1);
            assertThat(movement.left()).isEqualTo(1);
            Report report = Reports.build(database, "movement", second, null);
            assertThat(report.summary())
                    .contains(
                            "3 customers in both runs: 1 stayed in their segment, 2 moved",
                            "1 entered (only in run 2), 1 left (only in run 1)",
                            "Champions -> At Risk: 1");
            assertThat(report.tables().get(0).table().render())
                    .contains("Champions            1   0   0   0  0   0    0   1    0  0\n");
            StringWriter moved = new StringWriter();
            report.attachments().get(0).writer().writeTo(moved);
            assertThat(moved.toString())
                    .isEqualTo(
                            "customer_id,from_segment,to_segment\r\nc2,Champions,At Risk\r\nc3,At Risk,Hibernating\r\n");
        }
    }

    @Test
    void the_report_lists_who_made_each_watched_move() throws Exception {
        try (Database database = Database.inMemory("movers-" + UUID.randomUUID())) {
            long dataset = ReportFixture.dataset(database);
            long first = ReportFixture.run(
                    database, dataset, LocalDate.of(2024, 6, 30), new String[] {"c1", "c2", "c3", "c4"}, new String[] {
                        "Champions", "Champions", "At Risk", "Hibernating"
                    });
            long second = ReportFixture.run(
                    database, dataset, LocalDate.of(2024, 12, 31), new String[] {"c1", "c2", "c3", "c5"}, new String[] {
                        "Champions", "At Risk", "Hibernating", "Champions"
                    });
            Report report = Reports.build(database, "movement", second, null);
            // c2 was the second customer in both runs: $200 before and now; c3 the third: $300
            assertThat(report.tables().get(1).table().rows())
                    .containsExactly(
                            List.of("c2", "Champions", "At Risk", "$200", "$200", "0"),
                            List.of("c3", "At Risk", "Hibernating", "$300", "$300", "0"));
        }
    }

    @Test
    void movers_are_listed_highest_current_spend_first_and_capped() {
        try (Database database = Database.inMemory("movers-" + UUID.randomUUID())) {
            long dataset = ReportFixture.dataset(database);
            String[] ids = {"a", "b", "c"};
            long first = ReportFixture.run(database, dataset, LocalDate.of(2024, 6, 30), ids, new String[] {
                "Champions", "Champions", "Champions"
            });
            long second = ReportFixture.run(
                    database, dataset, LocalDate.of(2024, 12, 31), ids, new String[] {"At Risk", "At Risk", "At Risk"});
            // spend now: a $100, b $200, c $300 (the fixture's 100 per position)
            List<Movers.Mover> top = Movers.top(
                            new RunRepository(database),
                            first,
                            second,
                            List.<String[]>of(new String[] {"Champions", "At Risk"}),
                            2)
                    .get("Champions -> At Risk");
            assertThat(top).extracting(Movers.Mover::customerId).containsExactly("c", "b");
        }
    }
}
