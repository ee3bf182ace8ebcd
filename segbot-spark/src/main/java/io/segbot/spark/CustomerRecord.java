package io.segbot.spark;

import io.segbot.analytics.ChurnRisk;
import io.segbot.analytics.RfmSegment;
import io.segbot.analytics.ValueTier;
import java.io.Serializable;

/**
 * One customer between the engine's stages: the metrics and BG/NBD summary from the core's
 * per-customer code, then the scores, the cluster and the model's predictions. Mutable fields:
 * each stage fills its own on a copy made by Spark's serialisation, never on a shared object.
 */
final class CustomerRecord implements Serializable {
    String id;
    int recencyDays;
    int frequency;
    double monetary;
    int firstDay;
    int lastDay;
    /** BG/NBD summary in days: repeat purchases, time of the last one, age, mean repeat spend. */
    int x;

    double tx;
    double age;
    double zbar;
    // Scores, filled after the edges and the frequency ranks are known.
    int r;
    int f;
    int m;
    double score100;
    RfmSegment segment;
    ChurnRisk churnRule;
    double clvIndex;
    double clvHorizon;
    ValueTier tier;
    /** The three clustering features, z-scored once the population's moments are known. */
    double[] features;

    int cluster;
    // BG/NBD + Gamma-Gamma predictions (NaN when the models were not used).
    double pAlive = Double.NaN;
    double expected90 = Double.NaN;
    double expected365 = Double.NaN;
    double expectedSpend = Double.NaN;
    double predictedClv = Double.NaN;
}
