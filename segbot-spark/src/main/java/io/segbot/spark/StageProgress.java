package io.segbot.spark;

/**
 * Where the Spark engine says how far it got: the job's own steps, and within a step the fraction of
 * Spark tasks finished (from a {@link org.apache.spark.scheduler.SparkListener}). Called from the
 * driver's threads; implementations must return quickly.
 */
public interface StageProgress {
    int STEPS = 8;

    /** Step {@code step} of {@link #STEPS} has started. */
    void step(int step, String label);

    /** Prints nothing. */
    StageProgress NONE = (step, label) -> {};
}
