package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentMovementTest {
    static SegmentMovement.Member member(String id, String segment, double monetary) {
        return new SegmentMovement.Member(id, segment, monetary, 10);
    }

    /** Run A: a,b,c Champions, d At Risk, e Hibernating. Run B: a,b At Risk, c Champions, d Hibernating, f new. */
    static SegmentMovement.Result handMade(int examples) {
        SegmentMovement movement = new SegmentMovement(List.of("Champions", "At Risk", "Hibernating"), examples);
        movement.before(member("a", "Champions", 100));
        movement.before(member("b", "Champions", 300));
        movement.before(member("c", "Champions", 200));
        movement.before(member("d", "At Risk", 50));
        movement.before(member("e", "Hibernating", 5));
        movement.after(member("a", "At Risk", 100));
        movement.after(member("b", "At Risk", 300));
        movement.after(member("c", "Champions", 250));
        movement.after(member("d", "Hibernating", 50));
        movement.after(member("f", "Champions", 20));
        return movement.result();
    }

    @Test
    void transition_counts_match_the_hand_made_runs() {
        SegmentMovement.Result result = handMade(5);
        assertThat(result.labels()).containsExactly("Champions", "At Risk", "Hibernating");
        assertThat(result.counts()[0]).containsExactly(1, 2, 0); // c stayed; a, b slipped to At Risk
        assertThat(result.counts()[1]).containsExactly(0, 0, 1); // d to Hibernating
        assertThat(result.counts()[2]).containsExactly(0, 0, 0); // e left
        assertThat(result.count("Champions", "At Risk")).isEqualTo(2);
        assertThat(result.inBoth()).isEqualTo(4);
        assertThat(result.stayed()).isEqualTo(1);
    }

    @Test
    void customers_in_one_run_only_are_counted_as_entered_or_left() {
        SegmentMovement.Result result = handMade(5);
        assertThat(result.entered()).containsExactly(1, 0, 0); // f entered as Champions
        assertThat(result.left()).containsExactly(0, 0, 1); // e left from Hibernating
    }

    @Test
    void who_moved_from_champions_to_at_risk_is_listed_highest_spend_first() {
        SegmentMovement.Result result = handMade(5);
        assertThat(result.examples("Champions", "At Risk"))
                .extracting(m -> m.after().customerId())
                .containsExactly("b", "a");
        assertThat(result.examples("Champions", "Champions"))
                .as("stayers are no move")
                .isEmpty();
        assertThat(handMade(1).examples("Champions", "At Risk"))
                .extracting(m -> m.after().customerId())
                .containsExactly("b");
    }

    @Test
    void a_segment_only_in_the_later_run_is_appended_to_the_labels() {
        SegmentMovement movement = new SegmentMovement(List.of("Champions"), 0);
        movement.before(member("a", "Champions", 1));
        movement.after(member("a", "Promising", 1));
        SegmentMovement.Result result = movement.result();
        assertThat(result.labels()).containsExactly("Champions", "Promising");
        assertThat(result.count("Champions", "Promising")).isEqualTo(1);
    }

    @Test
    void a_customer_twice_in_the_earlier_run_is_refused() {
        SegmentMovement movement = new SegmentMovement(List.of(), 0);
        movement.before(member("a", "Champions", 1));
        assertThatThrownBy(() -> movement.before(member("a", "At Risk", 1)))
                .hasMessageContaining("customer a appears twice");
    }

    @Test
    void movement_report_by_cluster_names_clusters_by_number_and_label() {
        Fixture fixture = new Fixture();
        try {
            Report report = new ReportService(fixture.database)
                    .build(new ReportService.Request(ReportKind.MOVEMENT, fixture.runB, fixture.runA, "cluster", null));
            ReportTable matrix = report.tables().get(0);
            // every customer kept their cluster: 0 = c1, c2, c7 (+ c,8 left); 1 = c3..c6 (+ c9 entered)
            assertThat(matrix.columns()).extracting(ReportTable.Column::heading).contains("#0", "#1");
            assertThat(matrix.rows().get(0)).containsExactly("0 Champions (high spend)", "3", "0", "1", "4");
            assertThat(matrix.rows().get(1)).containsExactly("1 Hibernating", "0", "4", "0", "4");
            assertThat(matrix.rows().get(2)).containsExactly("(entered)", "0", "1", "", "1");
            assertThat(report.tables()).hasSize(2); // no "who slipped" list for clusters
        } finally {
            fixture.database.close();
        }
    }

    @Test
    void movement_needs_an_earlier_run() {
        Fixture fixture = new Fixture();
        try {
            assertThatThrownBy(() -> new ReportService(fixture.database)
                            .build(new ReportService.Request(ReportKind.MOVEMENT, fixture.runA, null, null, null)))
                    .hasMessageContaining("run " + fixture.runA + " is the first run")
                    .hasMessageContaining("--compare RUN");
        } finally {
            fixture.database.close();
        }
    }
}
