package io.segbot.mecerun;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** What a stored MECE run is made of, in the store's own terms (the store knows no domain types). */
public final class MeceRunRecords {
    private MeceRunRecords() {}

    /**
     * A run's header; JSON columns are written by the caller.
     *
     * @param id 0 before it is saved
     * @param datasetId null when the run read a file directly
     * @param source the dataset name or the file path
     * @param status {@code ok} or {@code failed}
     */
    public record Run(
            long id,
            Long datasetId,
            String source,
            String sourceChecksum,
            Instant createdAt,
            LocalDate asOf,
            LocalDate windowStart,
            int windowDays,
            int minSize,
            int maxSize,
            String parametersJson,
            int rowsRead,
            int universe,
            String thresholdsJson,
            String foldJson,
            String proofJson,
            String status,
            String failuresJson) {
        public Run {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(asOf, "asOf");
            if (!status.equals("ok") && !status.equals("failed")) {
                throw new IllegalArgumentException("status must be ok or failed, got " + status);
            }
        }

        public Run withId(long newId) {
            return new Run(
                    newId,
                    datasetId,
                    source,
                    sourceChecksum,
                    createdAt,
                    asOf,
                    windowStart,
                    windowDays,
                    minSize,
                    maxSize,
                    parametersJson,
                    rowsRead,
                    universe,
                    thresholdsJson,
                    foldJson,
                    proofJson,
                    status,
                    failuresJson);
        }
    }

    /** A final segment's scores; null doubles are undefined scores. */
    public record Segment(
            int rank,
            String segment,
            String rule,
            String combosJson,
            int size,
            Double conversionPotential,
            Double liftVsControl,
            String liftMethod,
            Double liftCiLow,
            Double liftCiHigh,
            int treated,
            int treatedConverted,
            int control,
            int controlConverted,
            Double sizeShare,
            Double profitability,
            Double strategicFit,
            double overallScore,
            boolean valid) {}

    /** A tier combination; finalSegment null when empty. */
    public record Bucket(String combo, String rule, int size, String finalSegment) {}

    /** One user's assignment; combo and segment null when unassigned. */
    public record Assignment(String userId, String bucketCombo, String finalSegment) {}

    /** Random access to a run's assignments, so a million of them need no record each. */
    public interface AssignmentSource {
        int size();

        String userId(int index);

        /** Null when unassigned. */
        String bucketCombo(int index);

        /** Null when unassigned. */
        String finalSegment(int index);
    }
}
