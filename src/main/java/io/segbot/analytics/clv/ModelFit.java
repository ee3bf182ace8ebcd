package io.segbot.analytics.clv;

import java.util.Objects;

/**
 * The outcome of a maximum-likelihood fit: either converged parameters or a plain-words reason why
 * there are none. A failed fit never carries parameters, so garbage cannot leak into predictions.
 * A fit is a pure function of its data and options: it carries no wall-clock time (callers that
 * care, such as {@code bench clv}, time the call).
 *
 * @param <P> the parameter record
 */
public sealed interface ModelFit<P> permits ModelFit.Converged, ModelFit.Failed {
    int customers();

    default boolean converged() {
        return this instanceof Converged;
    }

    /** The parameters, or an {@link IllegalStateException} carrying the failure reason. */
    default P parametersOrThrow() {
        if (this instanceof Converged<P> ok) {
            return ok.parameters();
        }
        throw new IllegalStateException(((Failed<P>) this).reason());
    }

    /** A fit whose gradient vanished at an interior point. */
    record Converged<P>(P parameters, double logLikelihood, int customers, int iterations) implements ModelFit<P> {
        public Converged {
            Objects.requireNonNull(parameters, "parameters");
            if (!Double.isFinite(logLikelihood)) {
                throw new IllegalArgumentException(
                        "a converged fit needs a finite log-likelihood, got " + logLikelihood);
            }
        }
    }

    /** A fit that did not produce usable parameters, and why, in words a marketer can read. */
    record Failed<P>(String reason, int customers, int iterations) implements ModelFit<P> {
        public Failed {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a failed fit needs a reason");
            }
        }
    }
}
