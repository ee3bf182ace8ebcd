package io.segbot.mece;

/**
 * How lift is estimated for a segment without campaign history, labelled "estimated" wherever shown:
 * lift = 1 + baseUplift · (segment conversion potential ÷ universe conversion potential). The base
 * uplift (default 0.10, i.e. +10 % for an average segment) is an assumption of the team, not a
 * measurement; the ratio scales it by how urgent (engaged and recent) the segment is relative to
 * the universe. Deterministic, never random.
 */
public record LiftModel(double baseUplift) {
    public static final LiftModel DEFAULT = new LiftModel(0.10);

    public LiftModel {
        if (!(baseUplift >= 0 && baseUplift <= 10)) {
            throw new IllegalArgumentException("lift_model.base_uplift must be within [0, 10], got " + baseUplift);
        }
    }

    double estimate(double segmentConversion, double universeConversion) {
        if (!(universeConversion > 0) || Double.isNaN(segmentConversion)) {
            return 1 + baseUplift;
        }
        return 1 + baseUplift * segmentConversion / universeConversion;
    }
}
