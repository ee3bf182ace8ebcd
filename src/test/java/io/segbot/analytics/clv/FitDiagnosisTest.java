package io.segbot.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 15, "Degenerate churn model presented as truth". */
class FitDiagnosisTest {
    static final double[] SPREAD_OUT =
            IntStream.range(0, 100).mapToDouble(i -> i / 100.0).toArray();

    @Test
    void degenerate_fit_online_retail_a_of_0_0044_is_set_aside() {
        var fit = new BgNbdParameters(0.5, 50, 0.0044, 2.1);
        assertThat(FitDiagnosis.degenerate(fit, SPREAD_OUT))
                .hasValue("the BG/NBD fit is degenerate: a = 0.004400 is at the edge of its range (rule: r, alpha, a, b"
                        + " within [0.01, 10000]), so its P(alive) is not meaningful");
    }

    @Test
    void degenerate_fit_clv_validate_b_of_12800_is_set_aside() {
        assertThat(FitDiagnosis.degenerate(new BgNbdParameters(0.3, 6, 0.5, 12_800), SPREAD_OUT))
                .get()
                .asString()
                .contains("b = 1.280e+04");
    }

    @Test
    void degenerate_fit_the_published_cdnow_fit_is_informative() {
        // Fader, Hardie & Lee (2005): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426.
        assertThat(FitDiagnosis.degenerate(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), SPREAD_OUT))
                .isEmpty();
    }

    @Test
    void degenerate_fit_p_alive_all_above_0_98_cannot_rank_churn() {
        double[] alive =
                IntStream.range(0, 593).mapToDouble(i -> 0.98 + 0.019 * i / 593).toArray();
        assertThat(FitDiagnosis.degenerate(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), alive))
                .get()
                .asString()
                .startsWith("the BG/NBD fit is uninformative: P(alive) of repeat buyers spans only 0.017");
    }

    @Test
    void degenerate_fit_holdout_error_above_half_is_reported() {
        assertThat(FitDiagnosis.holdout(100, 40))
                .hasValue("the BG/NBD fit does not predict the holdout: 100.0 purchases predicted, 40 actual"
                        + " (rule: within 50%)");
        assertThat(FitDiagnosis.holdout(45, 40)).isEmpty();
    }
}
