package io.segbot.namingrun;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The shapes in which the jury's namings are stored and read back (see V3__naming.sql). */
public final class NamingRecords {
    private NamingRecords() {}

    /**
     * One naming of a run. {@code id} is 0 before it is saved.
     *
     * @param sourceKind "analysis" or "mece": which table {@code sourceRun} is an id of
     */
    public record NamingRun(
            long id, String sourceKind, long sourceRun, Instant createdAt, String model, long seed, long elapsedMs) {
        public NamingRun {
            if (!sourceKind.equals("analysis") && !sourceKind.equals("mece")) {
                throw new IllegalArgumentException("source kind must be analysis or mece, got '" + sourceKind + "'");
            }
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(model, "model");
        }
    }

    /** How one segment was named, with its proposals in juror order. */
    public record Decision(
            String segment,
            String rule,
            String chosenName,
            String method,
            String reason,
            String judge,
            String judgePick,
            String judgeReason,
            List<Proposal> proposals) {
        public Decision {
            proposals = List.copyOf(proposals);
        }
    }

    /**
     * One juror's proposal; {@code scores} (criterion to 0..10) and {@code weightedScore} are
     * empty / null when the judge did not score it.
     */
    public record Proposal(
            String persona,
            String segmentName,
            String rule,
            String rationale,
            boolean valid,
            String reason,
            Double weightedScore,
            Map<String, Integer> scores) {
        public Proposal {
            scores = Map.copyOf(scores);
        }
    }
}
