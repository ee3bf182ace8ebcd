package io.segbot.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grouped BG/NBD fit a distributed engine uses gives the per-customer fit's parameters exactly. */
class GroupedFitTest {

    @Test
    void fitting_cdnow_from_its_distinct_triples_and_counts_gives_the_per_customer_parameters() {
        RfmSummaries cdnow = Cdnow.weeklySummaries();
        Map<List<Double>, Integer> groups = new LinkedHashMap<>();
        for (int i = 0; i < cdnow.size(); i++) {
            groups.merge(List.of((double) cdnow.x()[i], cdnow.tx()[i], cdnow.age()[i]), 1, Integer::sum);
        }
        int g = groups.size();
        int[] x = new int[g];
        double[] tx = new double[g];
        double[] age = new double[g];
        double[] count = new double[g];
        int i = 0;
        for (Map.Entry<List<Double>, Integer> group : groups.entrySet()) {
            x[i] = group.getKey().get(0).intValue();
            tx[i] = group.getKey().get(1);
            age[i] = group.getKey().get(2);
            count[i++] = group.getValue();
        }
        assertThat(g).isLessThan(cdnow.size());

        var perCustomer = (ModelFit.Converged<BgNbdParameters>) BgNbdFitter.fit(cdnow);
        var grouped =
                (ModelFit.Converged<BgNbdParameters>) BgNbdFitter.fitGrouped(x, tx, age, count, FitOptions.DEFAULT);

        // The same likelihood; only the starting point's mean age (a sum of ages in fractional weeks,
        // added per customer or count × age per group) differs in the last bits, so the optimiser ends
        // within 1e-12 of the same point.
        BgNbdParameters a = grouped.parameters();
        BgNbdParameters b = perCustomer.parameters();
        assertThat(new double[] {a.r(), a.alpha(), a.a(), a.b()})
                .containsExactly(new double[] {b.r(), b.alpha(), b.a(), b.b()}, within(1e-12));
        assertThat(grouped.logLikelihood()).isCloseTo(perCustomer.logLikelihood(), within(1e-9));
        assertThat(grouped.customers()).isEqualTo(2357);
    }

    @Test
    void a_triple_listed_twice_is_refused() {
        assertThatThrownBy(() -> BgNbdFitter.fitGrouped(
                        new int[] {1, 1},
                        new double[] {2, 2},
                        new double[] {5, 5},
                        new double[] {3, 4},
                        FitOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("each (x, t_x, T) once");
    }

    @Test
    void the_gate_from_its_three_figures_is_the_gate_from_the_summaries() {
        RfmSummaries cdnow = Cdnow.weeklySummaries();
        DataGate.Decision full = DataGate.check(cdnow, GateRules.DEFAULT);
        assertThat(DataGate.decide(full.repeatBuyers(), full.historyDays(), full.medianCycleDays(), GateRules.DEFAULT))
                .isEqualTo(full);
        assertThat(DataGate.decide(99, 400, 30, GateRules.DEFAULT).reason())
                .startsWith("99 customers with repeat purchases; the model needs at least 100");
    }
}
