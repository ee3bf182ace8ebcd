package io.segbot.segmentation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The shapes in which analysis runs are stored and read back; a run's segments are stored as the
 * {@link io.segbot.analytics.SegmentProfile}s the analysis made.
 */
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
