package io.segbot.analytics;

/**
 * Where long work (an analysis, a MECE run, naming) says how far it got, so a chat can show "step
 * 3/5 — clustering 48,210 customers, 62 %". Reporting never changes a result.
 *
 * <p>Thread-safety: called from the one thread doing the work. Blocking: implementations must
 * return quickly. An implementation may throw an unchecked exception to stop the work at this point
 * (a cancelled job); callers let it propagate and store nothing.
 */
@FunctionalInterface
public interface Progress {
    /**
     * @param step the phase, 1-based
     * @param steps how many phases the work has
     * @param label what the phase does, e.g. "clustering 48,210 customers"
     * @param fraction how much of this phase is done, 0 to 1
     */
    void report(int step, int steps, String label, double fraction);

    /**
     * This progress as the phases {@code first + 1 ..} of a larger piece of work with {@code steps}
     * phases: a sub-task reporting step 1 of its 2 shows as step {@code first + 1} of {@code steps}.
     */
    default Progress phases(int first, int steps) {
        return (step, ignored, label, fraction) -> report(first + step, steps, label, fraction);
    }

    /** Reports nowhere. */
    Progress NONE = (step, steps, label, fraction) -> {};
}
