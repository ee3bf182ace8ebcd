package io.segbot.analytics.clv;

import java.util.Objects;

/**
 * Settings of {@link ProbabilisticClv#analyze}.
 *
 * @param lifetimeValue CLV horizon and discount rate (default 365 days, 10 % a year)
 * @param gate minimum-data rules
 * @param fit optimiser settings
 */
public record ClvOptions(LifetimeValue lifetimeValue, GateRules gate, FitOptions fit) {
    public static final ClvOptions DEFAULT =
            new ClvOptions(LifetimeValue.DEFAULT, GateRules.DEFAULT, FitOptions.DEFAULT);

    public ClvOptions {
        Objects.requireNonNull(lifetimeValue, "lifetimeValue");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(fit, "fit");
    }
}
