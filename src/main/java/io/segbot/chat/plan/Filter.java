package io.segbot.chat.plan;

import io.segbot.analytics.SegmentFamily;
import java.util.Locale;
import java.util.Objects;

/** One condition on customers; a plan's population is all of its filters together (AND). */
public sealed interface Filter
        permits Filter.Segment, Filter.ChurnBand, Filter.Tier, Filter.Threshold, Filter.Lifecycle {

    /** The filter's canonical form in plans: {@code rfm:champions}, {@code spend>=1000}, {@code new}. */
    String canonical();

    /**
     * A run segment: {@code family} "rfm" (key = the RFM label) or "cluster" (key = its number).
     *
     * @param label how answers name it ("Champions", "Cluster 2 (At Risk)")
     */
    record Segment(String family, String key, String label) implements Filter {
        public Segment {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            if (!SegmentFamily.RFM.matches(family) && !SegmentFamily.CLUSTER.matches(family)) {
                throw new IllegalArgumentException("segment family must be rfm or cluster, got " + family);
            }
        }

        @Override
        public String canonical() {
            return family + ":" + slug(key);
        }
    }

    /** Customers in a churn-risk band: Low, Medium or High. */
    record ChurnBand(String band) implements Filter {
        public ChurnBand {
            if (!java.util.List.of("Low", "Medium", "High").contains(band)) {
                throw new IllegalArgumentException("churn band must be Low, Medium or High, got " + band);
            }
        }

        @Override
        public String canonical() {
            return "churn:" + slug(band);
        }
    }

    /** Customers in a value tier: Low, Medium, High or Premium. */
    record Tier(String tier) implements Filter {
        public Tier {
            if (!java.util.List.of("Low", "Medium", "High", "Premium").contains(tier)) {
                throw new IllegalArgumentException("value tier must be Low, Medium, High or Premium, got " + tier);
            }
        }

        @Override
        public String canonical() {
            return "tier:" + slug(tier);
        }
    }

    /** Lifetime spend or order count compared with a number: "spent over 1000", "5 or more orders". */
    record Threshold(Field field, Op op, double value) implements Filter {
        public enum Field {
            SPEND,
            ORDERS
        }

        public enum Op {
            AT_LEAST(">="),
            MORE_THAN(">"),
            AT_MOST("<="),
            LESS_THAN("<"),
            EXACTLY("=");

            final String symbol;

            Op(String symbol) {
                this.symbol = symbol;
            }

            boolean test(double x, double v) {
                return switch (this) {
                    case AT_LEAST -> x >= v;
                    case MORE_THAN -> x > v;
                    case AT_MOST -> x <= v;
                    case LESS_THAN -> x < v;
                    case EXACTLY -> x == v;
                };
            }
        }

        public Threshold {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(op, "op");
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("a threshold must be a number >= 0, got " + value);
            }
        }

        public boolean test(double x) {
            return op.test(x, value);
        }

        @Override
        public String canonical() {
            String number = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
            return field.name().toLowerCase(Locale.ROOT) + op.symbol + number;
        }
    }

    /**
     * Where customers are in their life relative to the plan's window: NEW (first order in it),
     * ACTIVE (ordered in it), LAPSED (ordered before it, not in it). Without a window, ACTIVE means
     * the last 90 days and LAPSED no order in the last 365 days; the answer says so.
     */
    record Lifecycle(Stage stage) implements Filter {
        public enum Stage {
            NEW,
            ACTIVE,
            LAPSED
        }

        public Lifecycle {
            Objects.requireNonNull(stage, "stage");
        }

        @Override
        public String canonical() {
            return stage.name().toLowerCase(Locale.ROOT);
        }
    }

    /** "Can't Lose Them" to {@code cant-lose-them}. */
    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
