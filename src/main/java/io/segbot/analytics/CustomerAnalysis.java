package io.segbot.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The whole rule-based analysis of one dataset at one as-of date: pure, deterministic by seed. */
public final class CustomerAnalysis {
    /**
     * @param asOf the date recency is measured to
     * @param horizonDays the CLV horizon, default 365
     * @param clustering k-means options, including the required seed
     * @param model BG/NBD outputs for these customers, or null to use the rule-based churn only
     */
    public record Options(LocalDate asOf, int horizonDays, Clustering.Options clustering, ProbabilisticColumns model) {
        public Options {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(clustering, "clustering");
            if (horizonDays < 1) {
                throw new IllegalArgumentException("horizon must be at least 1 day, got " + horizonDays);
            }
        }
    }

    /** Per-customer results aligned with the metrics' ids, and the segment profiles. */
    public record Result(
            CustomerMetrics metrics,
            RfmScores rfm,
            Clustering.Outcome clusters,
            String[] clusterLabels,
            ChurnRisk[] churn,
            double[] clvIndex,
            double[] clvHorizon,
            ValueTier[] tiers,
            ProbabilisticColumns model,
            List<SegmentProfile> rfmProfiles,
            List<SegmentProfile> clusterProfiles,
            double revenue) {}

    private CustomerAnalysis() {}

    public static Result run(CustomerMetrics metrics, Options options) {
        return run(metrics, options, Progress.NONE);
    }

    /** As {@link #run(CustomerMetrics, Options)}, reporting step 1/2 RFM and 2/2 clustering (each k). */
    public static Result run(CustomerMetrics metrics, Options options, Progress progress) {
        int n = metrics.size();
        progress.report(1, 2, String.format(java.util.Locale.ROOT, "RFM scores of %,d customers", n), 0);
        RfmScores rfm = RfmScores.of(metrics);
        Clustering.Outcome clusters = Clustering.run(metrics, options.clustering(), progress.phases(1, 2));
        String[] labels = ClusterLabels.of(clusters.k(), clusters.assignment(), rfm);
        ChurnRisk[] churn = ChurnRules.assess(metrics);
        if (options.model() != null) {
            churnFromModel(options.model(), churn);
        }
        int asOfDay = (int) options.asOf().toEpochDay();
        double[] clvIndex = new double[n];
        double[] clvHorizon = new double[n];
        for (int c = 0; c < n; c++) {
            clvIndex[c] = SimpleClv.prototypeIndex(metrics.frequency()[c], metrics.monetary()[c]);
            clvHorizon[c] = SimpleClv.horizonValue(metrics, c, asOfDay, options.horizonDays());
        }
        ValueTier[] tiers = ValueTier.assign(metrics.monetary());
        return withProfiles(new Result(
                metrics,
                rfm,
                clusters,
                labels,
                churn,
                clvIndex,
                clvHorizon,
                tiers,
                options.model(),
                List.of(),
                List.of(),
                total(metrics.monetary())));
    }

    /**
     * The same result with its RFM and cluster profiles built from the per-customer columns: for an
     * engine that computes those columns elsewhere (segbot-spark), so profiles stay defined here.
     */
    public static Result withProfiles(Result columns) {
        return new Result(
                columns.metrics(),
                columns.rfm(),
                columns.clusters(),
                columns.clusterLabels(),
                columns.churn(),
                columns.clvIndex(),
                columns.clvHorizon(),
                columns.tiers(),
                columns.model(),
                Profiles.rfm(columns),
                Profiles.clusters(columns),
                columns.revenue());
    }

    /**
     * Replaces the rule-based band by the P(alive) band for repeat buyers. For one-time buyers (x = 0)
     * BG/NBD's P(alive) is 1 by construction, since the model lets customers drop out only after a
     * purchase (Fader, Hardie &amp; Lee 2005, section 3); they keep the rule-based band.
     */
    public static void churnFromModel(ProbabilisticColumns model, ChurnRisk[] churn) {
        for (int c = 0; c < churn.length; c++) {
            if (model.repeatPurchases()[c] > 0) {
                churn[c] = ChurnRisk.fromProbabilityAlive(model.pAlive()[c]);
            }
        }
    }

    public static double total(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /** Groups customers by a segment index and builds each group's profile. */
    static final class Profiles {
        private Profiles() {}

        static List<SegmentProfile> rfm(Result r) {
            int[] group = new int[r.metrics().size()];
            for (int c = 0; c < group.length; c++) {
                group[c] = r.rfm().segment()[c].ordinal();
            }
            List<SegmentProfile> out = new ArrayList<>();
            for (RfmSegment segment : RfmSegment.values()) {
                SegmentProfile p =
                        build(r, group, segment.ordinal(), SegmentFamily.RFM.code(), segment.label(), segment.label());
                if (p.customers() > 0) {
                    out.add(p);
                }
            }
            return out;
        }

        static List<SegmentProfile> clusters(Result r) {
            List<SegmentProfile> out = new ArrayList<>();
            for (int k = 0; k < r.clusters().k(); k++) {
                out.add(build(
                        r,
                        r.clusters().assignment(),
                        k,
                        SegmentFamily.CLUSTER.code(),
                        Integer.toString(k),
                        r.clusterLabels()[k]));
            }
            return out;
        }

        private static SegmentProfile build(Result r, int[] group, int id, String family, String key, String label) {
            CustomerMetrics m = r.metrics();
            int count = 0;
            int low = 0;
            int medium = 0;
            double revenue = 0, recency = 0, frequency = 0, clv = 0, index = 0, alive = 0, predicted = 0;
            for (int c = 0; c < group.length; c++) {
                if (group[c] != id) {
                    continue;
                }
                count++;
                revenue += m.monetary()[c];
                recency += m.recencyDays()[c];
                frequency += m.frequency()[c];
                clv += r.clvHorizon()[c];
                index += r.clvIndex()[c];
                low += r.churn()[c] == ChurnRisk.LOW ? 1 : 0;
                medium += r.churn()[c] == ChurnRisk.MEDIUM ? 1 : 0;
                if (r.model() != null) {
                    alive += r.model().pAlive()[c];
                    predicted += r.model().predictedClv()[c];
                }
            }
            double per = Math.max(count, 1);
            SegmentProfile profile = new SegmentProfile(
                    family,
                    key,
                    label,
                    count,
                    revenue,
                    r.revenue() == 0 ? 0 : revenue / r.revenue(),
                    recency / per,
                    frequency / per,
                    revenue / per,
                    clv / per,
                    index / per,
                    low,
                    medium,
                    count - low - medium,
                    r.model() == null ? null : alive / per,
                    r.model() == null ? null : predicted,
                    List.of());
            int n = Math.max(m.size(), 1);
            return profile.withRecommendations(Recommendations.forProfile(
                    profile, r.revenue() / n, total(m.frequency()) / n, total(m.recencyDays()) / n));
        }

        private static double total(int[] values) {
            double sum = 0;
            for (int value : values) {
                sum += value;
            }
            return sum;
        }
    }
}
