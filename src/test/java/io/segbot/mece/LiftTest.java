package io.segbot.mece;

import static io.segbot.mece.Users.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LiftTest {
    @Test
    void lift_is_measured_from_treatment_and_control_with_a_katz_interval() {
        CartTable table = new Users()
                .addCampaignUsers("t", CampaignGroup.TREATMENT, 40, 10)
                .addCampaignUsers("c", CampaignGroup.CONTROL, 40, 5)
                .table();

        Lift lift = MeceRunner.run(table, AS_OF, Users.everyoneTogether())
                .segments()
                .get(0)
                .lift();

        // RR = (10/40)/(5/40) = 2; SE = √(1/10 − 1/40 + 1/5 − 1/40) = √0.25 = 0.5;
        // CI = 2·exp(∓1.96·0.5) = [0.7506, 5.3288].
        assertThat(lift.method()).isEqualTo("measured");
        assertThat(lift.value()).isCloseTo(2.0, within(1e-12));
        assertThat(lift.ciLow()).isCloseTo(0.7506, within(1e-4));
        assertThat(lift.ciHigh()).isCloseTo(5.3288, within(1e-4));
        assertThat(lift.treated()).isEqualTo(40);
        assertThat(lift.treatedConverted()).isEqualTo(10);
        assertThat(lift.control()).isEqualTo(40);
        assertThat(lift.controlConverted()).isEqualTo(5);
    }

    @Test
    void a_control_without_conversions_gets_the_haldane_correction() {
        Lift lift = Lift.measured(20, 10, 20, 0);

        // (10.5/21)/(0.5/21) = 21.
        assertThat(lift.method()).isEqualTo("measured_haldane");
        assertThat(lift.value()).isCloseTo(21.0, within(1e-12));
        assertThat(lift.ciLow()).isLessThan(21.0);
    }

    @Test
    void without_a_control_arm_lift_is_estimated_and_says_so() {
        CartTable table = new Users()
                .addCampaignUsers("t", CampaignGroup.TREATMENT, 10, 3)
                .table();

        Lift lift = MeceRunner.run(table, AS_OF, Users.everyoneTogether())
                .segments()
                .get(0)
                .lift();

        assertThat(lift.method()).isEqualTo("estimated");
        assertThat(lift.value()).isCloseTo(1.10, within(1e-12));
        assertThat(lift.ciLow()).isNaN();
    }

    @Test
    void generated_campaign_history_measures_the_synthetic_truth() {
        CartTable table = CartAbandonerGenerator.generate(200_000, 42, AS_OF, true);

        Lift lift = MeceRunner.run(table, AS_OF, Users.everyoneTogether())
                .segments()
                .get(0)
                .lift();

        // Truth: treatment rate = control rate · (1 + 0.5·profitability) with profitability ~ Beta(3,3),
        // independent of engagement, so the pooled ratio is close to 1 + 0.5·E[profitability] = 1.25.
        assertThat(lift.method()).isEqualTo("measured");
        assertThat(lift.value()).isCloseTo(1.25, within(0.04));
        assertThat(lift.ciLow()).isLessThan(1.25);
        assertThat(lift.ciHigh()).isGreaterThan(1.25);
    }
}
