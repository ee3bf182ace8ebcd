package io.segbot.chat.intent;

/**
 * The direction a ranking word asks for, kept literal: "highest churn" is HIGHEST, "worst churn" is
 * WORST. Mapping BEST/WORST onto a sort order depends on the metric (worst churn = highest churn,
 * worst revenue = lowest revenue) and is the answer layer's job.
 */
public enum Direction {
    HIGHEST,
    LOWEST,
    BEST,
    WORST
}
