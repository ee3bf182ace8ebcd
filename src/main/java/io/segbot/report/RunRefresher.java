package io.segbot.report;

/**
 * Analyses a dataset again before a scheduled report ("re-run the analysis first"). The report
 * package does not analyse (that is {@code io.segbot.analysis}); the application wires this port.
 * Called from the scheduler thread; blocking; may throw, which fails that one firing.
 */
@FunctionalInterface
public interface RunRefresher {
    /**
     * @param dataset the dataset to analyse, or null for the latest
     * @return the id of the new run
     */
    long rerun(String dataset);
}
