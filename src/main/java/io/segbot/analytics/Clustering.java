package io.segbot.analytics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * k-means segments on standardised features: recency in days, log1p(frequency) and
 * log1p(monetary), each z-scored so no unit dominates. With no fixed k, k = 2..8 is chosen by the
 * highest mean silhouette of k-means fits on a seeded sample, then the chosen k is fitted on all
 * customers. Clusters are numbered by descending mean monetary value, so cluster 0 is the most
 * valuable.
 */
public final class Clustering {
    /**
     * @param k a fixed number of clusters, or 0 to choose automatically
     * @param seed required: the same seed gives the same clusters
     */
    public record Options(int k, long seed, int minK, int maxK, int sampleSize, int silhouetteSample, int restarts) {
        public Options {
            if (k < 0) {
                throw new IllegalArgumentException("k must be 0 (auto) or positive, got " + k);
            }
            if (minK < 2 || maxK < minK) {
                throw new IllegalArgumentException("need 2 <= minK <= maxK, got " + minK + ".." + maxK);
            }
            if (sampleSize < 10 || silhouetteSample < 10 || restarts < 1) {
                throw new IllegalArgumentException("sample sizes must be >= 10 and restarts >= 1");
            }
        }

        public static Options auto(long seed) {
            return new Options(0, seed, 2, 8, 20_000, 2_000, 4);
        }

        public static Options fixed(int k, long seed) {
            return new Options(k, seed, 2, 8, 20_000, 2_000, 4);
        }
    }

    /**
     * @param silhouetteByK the sample silhouette of each k tried (empty when k was fixed)
     * @param iterations Lloyd iterations of the fit on all customers (from the sample's centroids)
     * @param inertia that fit's sum of squared distances on the standardised features
     */
    public record Outcome(
            int k,
            double silhouette,
            Map<Integer, Double> silhouetteByK,
            int[] assignment,
            int iterations,
            double inertia) {}

    private Clustering() {}

    public static double[] features(CustomerMetrics metrics) {
        int n = metrics.size();
        double[] points = new double[n * 3];
        for (int c = 0; c < n; c++) {
            rawFeatures(metrics.recencyDays()[c], metrics.frequency()[c], metrics.monetary()[c], points, c * 3);
        }
        standardise(points, 3);
        return points;
    }

    /** One customer's three features before z-scoring, written at {@code out[at..at+2]}. */
    public static void rawFeatures(int recencyDays, int frequency, double monetary, double[] out, int at) {
        out[at] = recencyDays;
        out[at + 1] = Math.log1p(frequency);
        out[at + 2] = Math.log1p(Math.max(0, monetary));
    }

    static void standardise(double[] points, int dims) {
        int n = points.length / dims;
        for (int d = 0; d < dims; d++) {
            double[] moments = KMeans.columnMoments(points, dims, d);
            double mean = moments[0];
            double sd = Math.sqrt(moments[1]);
            for (int i = 0; i < n; i++) {
                points[i * dims + d] = sd > 0 ? (points[i * dims + d] - mean) / sd : 0;
            }
        }
    }

    public static Outcome run(CustomerMetrics metrics, Options options) {
        return run(metrics, options, Progress.NONE);
    }

    /** As {@link #run(CustomerMetrics, Options)}, reporting (as step 1/1) each k tried and the final fit. */
    public static Outcome run(CustomerMetrics metrics, Options options, Progress progress) {
        int n = metrics.size();
        if (options.k() > n) {
            throw new IllegalArgumentException(
                    "--k " + options.k() + " asks for more clusters than the " + n + " customers in the dataset");
        }
        if (n == 0) {
            return new Outcome(0, 0, Map.of(), new int[0], 0, 0);
        }
        double[] points = features(metrics);
        if (options.k() == 0 && n < 3) {
            return new Outcome(1, 0, Map.of(), new int[n], 0, 0);
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        int[] sample = sample(n, Math.min(n, options.sampleSize()), random.split());
        double[] samplePoints = gather(points, sample);
        int silhouetteSize = Math.min(sample.length, options.silhouetteSample());
        double[] silhouettePoints = Arrays.copyOf(samplePoints, silhouetteSize * 3);
        Map<Integer, Double> byK = new LinkedHashMap<>();
        long sampleSeed = random.nextLong();
        String what = String.format(java.util.Locale.ROOT, "clustering %,d customers", n);
        KMeans.Result sampleFit = options.k() == 0
                ? chooseK(samplePoints, silhouettePoints, options, byK, sampleSeed, progress, what)
                : KMeans.fit(samplePoints, 3, options.k(), options.restarts(), sampleSeed + options.k());
        int k = sampleFit.k();
        progress.report(1, 1, what + ", fitting k = " + k, options.k() == 0 ? 0.9 : 0);
        // The full fit starts from the sample's best centroids: they already sit near the optimum, so
        // Lloyd's iterations on every customer are few and no k-means++ pass over all of them is needed.
        KMeans.Result fit = KMeans.fitFrom(points, 3, sampleFit.centroids());
        int[] assignment = renumberByValue(fit.assignment(), k, metrics.monetary());
        int[] silhouetteAssignment = new int[silhouetteSize];
        for (int i = 0; i < silhouetteSize; i++) {
            silhouetteAssignment[i] = assignment[sample[i]];
        }
        double silhouette = Silhouette.mean(silhouettePoints, 3, silhouetteAssignment, k);
        return new Outcome(k, silhouette, byK, assignment, fit.iterations(), fit.inertia());
    }

    /** Fits every candidate k on the sample (the candidates in parallel) and returns the best k's fit. */
    private static KMeans.Result chooseK(
            double[] samplePoints,
            double[] silhouettePoints,
            Options options,
            Map<Integer, Double> byK,
            long seed,
            Progress progress,
            String what) {
        int sampleN = samplePoints.length / 3;
        int silhouetteN = silhouettePoints.length / 3;
        int minK = options.minK();
        int maxK = Math.max(minK, Math.min(options.maxK(), sampleN - 1));
        KMeans.Result[] fits = new KMeans.Result[maxK - minK + 1];
        double[] scores = new double[fits.length];
        // The choice of k takes about 90 % of the clustering time; reported from this thread only.
        progress.report(1, 1, what + ", trying k = " + minK, 0);
        java.util.stream.IntStream.rangeClosed(minK, maxK).parallel().forEach(k -> {
            KMeans.Result fit = KMeans.fit(samplePoints, 3, k, options.restarts(), seed + k);
            fits[k - minK] = fit;
            scores[k - minK] = Silhouette.mean(silhouettePoints, 3, Arrays.copyOf(fit.assignment(), silhouetteN), k);
        });
        int best = 0;
        for (int i = 0; i < fits.length; i++) {
            byK.put(minK + i, scores[i]);
            if (scores[i] > scores[best] + 1e-12) {
                best = i;
            }
        }
        return fits[best];
    }

    /** A seeded sample without replacement (partial Fisher–Yates), in sampled order. */
    static int[] sample(int n, int size, SplittableRandom random) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, size);
    }

    private static double[] gather(double[] points, int[] rows) {
        double[] out = new double[rows.length * 3];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(points, rows[i] * 3, out, i * 3, 3);
        }
        return out;
    }

    /** Renumbers clusters so that 0 has the highest mean monetary value: stable, readable ids. */
    public static int[] renumberByValue(int[] assignment, int k, double[] monetary) {
        double[] sum = new double[k];
        int[] count = new int[k];
        for (int i = 0; i < assignment.length; i++) {
            sum[assignment[i]] += monetary[i];
            count[assignment[i]]++;
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(
                order,
                (a, b) -> Double.compare(count[b] == 0 ? 0 : sum[b] / count[b], count[a] == 0 ? 0 : sum[a] / count[a]));
        int[] newId = new int[k];
        for (int rank = 0; rank < k; rank++) {
            newId[order[rank]] = rank;
        }
        int[] out = new int[assignment.length];
        for (int i = 0; i < assignment.length; i++) {
            out[i] = newId[assignment[i]];
        }
        return out;
    }
}
