package io.segbot.analytics.clv;

import java.util.Objects;

/**
 * The outcome of a maximum-likelihood fit: either converged parameters or a plain-words reason why
 * there are none. A failed fit never carries parameters, so garbage cannot leak into predictions.
 *
 * @param <P> the parameter record
 */
public sealed interface ModelFit<P> permits ModelFit.Converged, ModelFit.Failed {
    int customers();

    long fitNanos();

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

    default long fitMillis() {
        return Math.round(fitNanos() / 1e6);
    }

    /** A fit whose gradient vanished at an interior point. */
    record Converged<P>(P parameters, double logLikelihood, int customers, int iterations, long fitNanos)
            implements ModelFit<P> {
        public Converged {
            Objects.requireNonNull(parameters, "parameters");
            if (!Double.isFinite(logLikelihood)) {
                throw new IllegalArgumentException(
                        "a converged fit needs a finite log-likelihood, got " + logLikelihood);
            }
        }
    }

    /** A fit that did not produce usable parameters, and why, in words a marketer can read. */
    record Failed<P>(String reason, int customers, int iterations, long fitNanos) implements ModelFit<P> {
        public Failed {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a failed fit needs a reason");
            }
        }
    }
}
