package io.segbot.segmentation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The shapes in which analysis runs are stored and read back. */
public final class RunRecords {
    private RunRecords() {}

    /** One analysis run. {@code id} is 0 before it is saved. */
    public record Run(
            long id,
            long datasetId,
            String dataset,
            Instant createdAt,
            LocalDate asOf,
            String parametersJson,
            long customers,
            double revenue,
            int k,
            double silhouette,
            String modelJson) {}

    /** One segment's profile within a run. */
    public record Segment(
            String family,
            String key,
            String label,
            int customers,
            double revenue,
            double revenueShare,
            double avgRecencyDays,
            double avgFrequency,
            double avgMonetary,
            double avgClv,
            double avgClvIndex,
            int churnLow,
            int churnMedium,
            int churnHigh,
            Double avgPAlive,
            Double predictedClv,
            List<String> recommendations) {
        public Segment {
            recommendations = List.copyOf(recommendations);
        }
    }

    /** One customer's scores within a run. Probabilistic fields are null when no model was fitted. */
    public record Customer(
            String customerId,
            int recencyDays,
            int frequency,
            double monetary,
            int r,
            int f,
            int m,
            double rfmScore,
            String rfmSegment,
            int cluster,
            String churnRisk,
            double clvIndex,
            double clvHorizon,
            String valueTier,
            Double pAlive,
            Double expected90,
            Double expected365,
            Double predictedClv) {}

    /**
     * All customers of a run as parallel arrays, so a million rows are written without a million
     * objects. The probabilistic arrays are null when no model was fitted.
     */
    public record CustomerColumns(
            String[] ids,
            int[] recencyDays,
            int[] frequency,
            double[] monetary,
            byte[] r,
            byte[] f,
            byte[] m,
            double[] rfmScore,
            String[] rfmSegment,
            int[] cluster,
            String[] churnRisk,
            double[] clvIndex,
            double[] clvHorizon,
            String[] valueTier,
            double[] pAlive,
            double[] expected90,
            double[] expected365,
            double[] predictedClv) {}
}
