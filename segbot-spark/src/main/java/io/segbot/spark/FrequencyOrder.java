package io.segbot.spark;

import io.segbot.analytics.RfmScores;
import java.io.Serializable;
import java.util.Comparator;

/**
 * The order F ranks customers in: ascending frequency, ties broken by customer id with the core's
 * comparison (numeric ids as numbers), as {@link RfmScores} does in-process. A plain class: Spark
 * 3.5's Kryo cannot build records.
 */
final class FrequencyOrder implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Comparator<FrequencyOrder> ORDER = new ByFrequencyThenId();

    int frequency;
    String id;

    FrequencyOrder() {}

    FrequencyOrder(int frequency, String id) {
        this.frequency = frequency;
        this.id = id;
    }

    /** A named class rather than a lambda: Spark ships the comparator to the workers. */
    private static final class ByFrequencyThenId implements Comparator<FrequencyOrder>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(FrequencyOrder a, FrequencyOrder b) {
            int byFrequency = Integer.compare(a.frequency, b.frequency);
            return byFrequency != 0 ? byFrequency : RfmScores.compareIds(a.id, b.id);
        }
    }
}
