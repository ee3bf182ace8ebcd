package io.segbot.spark;

import io.segbot.analytics.ChurnRisk;
import io.segbot.analytics.ClusterLabels;
import io.segbot.analytics.Clustering;
import io.segbot.analytics.CustomerAnalysis;
import io.segbot.analytics.CustomerMetrics;
import io.segbot.analytics.ProbabilisticColumns;
import io.segbot.analytics.RfmScores;
import io.segbot.analytics.RfmSegment;
import io.segbot.analytics.ValueTier;
import io.segbot.analytics.clv.ClvAnalysis;
import io.segbot.segmentation.ModelStep;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * The per-customer results on the driver, as the parallel arrays the store writes (about 150 bytes
 * a customer: 1.5 GB of driver heap at 10M customers). Streamed with {@code toLocalIterator}, one
 * partition at a time, so the driver never holds a partition list besides the arrays. From them the
 * core builds what needs every customer at once: cluster renumbering and labels, the model step's
 * degeneracy check, the churn bands from P(alive), and the segment profiles.
 */
final class DriverColumns {
    private final String[] ids;
    private final int[] recency;
    private final int[] frequency;
    private final double[] monetary;
    private final int[] firstDay;
    private final int[] lastDay;
    private final byte[] r;
    private final byte[] f;
    private final byte[] m;
    private final double[] score;
    private final RfmSegment[] segment;
    private final ChurnRisk[] churn;
    private final double[] clvIndex;
    private final double[] clvHorizon;
    private final ValueTier[] tier;
    private final int[] cluster;
    private final int[] x;
    private final double[] pAlive;
    private final double[] expected90;
    private final double[] expected365;
    private final double[] expectedSpend;
    private final double[] predictedClv;
    private double[] recencyEdges;
    private double[] monetaryEdges;

    private DriverColumns(int n, boolean model) {
        ids = new String[n];
        recency = new int[n];
        frequency = new int[n];
        monetary = new double[n];
        firstDay = new int[n];
        lastDay = new int[n];
        r = new byte[n];
        f = new byte[n];
        m = new byte[n];
        score = new double[n];
        segment = new RfmSegment[n];
        churn = new ChurnRisk[n];
        clvIndex = new double[n];
        clvHorizon = new double[n];
        tier = new ValueTier[n];
        cluster = new int[n];
        x = new int[n];
        pAlive = model ? new double[n] : null;
        expected90 = model ? new double[n] : null;
        expected365 = model ? new double[n] : null;
        expectedSpend = model ? new double[n] : null;
        predictedClv = model ? new double[n] : null;
    }

    static DriverColumns collect(JavaRDD<CustomerRecord> customers, long n, boolean model, Scoring scoring) {
        DriverColumns out = new DriverColumns(Math.toIntExact(n), model);
        out.recencyEdges = scoring.recencyEdges();
        out.monetaryEdges = scoring.monetaryEdges();
        int i = 0;
        for (Iterator<CustomerRecord> it = customers.toLocalIterator(); it.hasNext(); i++) {
            out.set(i, it.next());
        }
        if (i != n) {
            throw new IllegalStateException("collected " + i + " customers of " + n);
        }
        return out;
    }

    private void set(int i, CustomerRecord c) {
        ids[i] = c.id;
        recency[i] = c.recencyDays;
        frequency[i] = c.frequency;
        monetary[i] = c.monetary;
        firstDay[i] = c.firstDay;
        lastDay[i] = c.lastDay;
        r[i] = (byte) c.r;
        f[i] = (byte) c.f;
        m[i] = (byte) c.m;
        score[i] = c.score100;
        segment[i] = c.segment;
        churn[i] = c.churnRule;
        clvIndex[i] = c.clvIndex;
        clvHorizon[i] = c.clvHorizon;
        tier[i] = c.tier;
        cluster[i] = c.cluster;
        x[i] = c.x;
        if (pAlive != null) {
            pAlive[i] = c.pAlive;
            expected90[i] = c.expected90;
            expected365[i] = c.expected365;
            expectedSpend[i] = c.expectedSpend;
            predictedClv[i] = c.predictedClv;
        }
    }

    LocalDate firstDate() {
        return LocalDate.ofEpochDay(java.util.Arrays.stream(firstDay).min().orElseThrow());
    }

    LocalDate lastDate() {
        return LocalDate.ofEpochDay(java.util.Arrays.stream(lastDay).max().orElseThrow());
    }

    /** The model step: the core's degeneracy check and description, or the gate's or fit's reason. */
    ModelStep modelStep(ModelPass.Outcome model) {
        if (model.models() == null) {
            return ModelStep.skipped(model.reason());
        }
        ClvAnalysis.Modelled modelled = new ClvAnalysis.Modelled(
                ids, pAlive, expected90, expected365, expectedSpend, predictedClv, model.models());
        ProbabilisticColumns columns = new ProbabilisticColumns(pAlive, expected90, expected365, predictedClv, x);
        return ModelStep.ofModel(modelled, columns, model.fitMillis());
    }

    /** The whole result: clusters renumbered and labelled, churn from P(alive) when used, profiles. */
    CustomerAnalysis.Result result(Clusters.Fit clusters, ModelStep step) {
        CustomerMetrics metrics = new CustomerMetrics(ids, recency, frequency, monetary, firstDay, lastDay);
        RfmScores rfm = new RfmScores(r, f, m, score, segment, recencyEdges, monetaryEdges);
        int k = clusters.k();
        int[] assignment = Clustering.renumberByValue(cluster, k, monetary);
        Clustering.Outcome outcome = new Clustering.Outcome(
                k,
                clusters.silhouette(),
                clusters.silhouetteByK(),
                assignment,
                clusters.iterations(),
                clusters.model().trainingCost());
        if (step.columns() != null) {
            CustomerAnalysis.churnFromModel(step.columns(), churn);
        }
        return CustomerAnalysis.withProfiles(new CustomerAnalysis.Result(
                metrics,
                rfm,
                outcome,
                ClusterLabels.of(k, assignment, rfm),
                churn,
                clvIndex,
                clvHorizon,
                tier,
                step.columns(),
                List.of(),
                List.of(),
                CustomerAnalysis.total(monetary)));
    }
}
