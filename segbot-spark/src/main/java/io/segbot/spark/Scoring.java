package io.segbot.spark;

import io.segbot.analytics.ChurnRules;
import io.segbot.analytics.Clustering;
import io.segbot.analytics.RfmScores;
import io.segbot.analytics.RfmSegment;
import io.segbot.analytics.SimpleClv;
import io.segbot.analytics.ValueTier;
import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The rule-based scores of every customer, computed on the workers with the core's per-value rules:
 * R and M quintile bins on type-7 edges, F from the rank by (frequency, customer id), the ten-segment
 * map, the churn band against the customer's own or the population's cadence, both rule-based CLV
 * figures and the value tier.
 *
 * @param recencyEdges the four recency quintile edges
 * @param monetaryEdges the four monetary quintile edges
 * @param tierEdges the three monetary quartile edges
 * @param populationCadence the cadence of customers without their own, in days
 */
record Scoring(
        double[] recencyEdges,
        double[] monetaryEdges,
        double[] tierEdges,
        double populationCadence,
        int asOfDay,
        int horizonDays,
        long customers)
        implements Serializable {

    /** Customers in F's rank order, each scored; the order is also the run's customer order. */
    JavaRDD<CustomerRecord> score(JavaRDD<CustomerRecord> customers) {
        return customers
                .mapToPair(c -> new Tuple2<>(new FrequencyOrder(c.frequency, c.id), c))
                .sortByKey(FrequencyOrder.ORDER, true, customers.getNumPartitions())
                .values()
                .zipWithIndex()
                .map(ranked -> scored(ranked._1(), ranked._2()))
                .setName("scored customers");
    }

    CustomerRecord scored(CustomerRecord c, long rank) {
        c.r = RfmScores.recencyScore(c.recencyDays, recencyEdges);
        c.f = RfmScores.frequencyScore(rank, customers);
        c.m = RfmScores.monetaryScore(c.monetary, monetaryEdges);
        c.score100 = RfmScores.score100(c.r, c.f, c.m);
        c.segment = RfmSegment.of(c.r, c.f);
        c.churnRule = ChurnRules.band(
                c.recencyDays, ChurnRules.ownCadence(c.frequency, c.firstDay, c.lastDay), populationCadence);
        c.clvIndex = SimpleClv.prototypeIndex(c.frequency, c.monetary);
        c.clvHorizon = SimpleClv.horizonValue(c.frequency, c.monetary, asOfDay - c.firstDay, horizonDays);
        c.tier = ValueTier.of(c.monetary, tierEdges);
        c.features = new double[3];
        Clustering.rawFeatures(c.recencyDays, c.frequency, c.monetary, c.features, 0);
        return c;
    }
}
