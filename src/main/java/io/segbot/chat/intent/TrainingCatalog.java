package io.segbot.chat.intent;

import io.segbot.analytics.SegmentFamily;
import java.util.List;

/**
 * Segment names the training file mentions: the RFM names plus the example MECE names of the
 * cart-abandonment prototype's README. Only used to mask names while training, so the model learns
 * "tell me about segname" for any run's names.
 */
final class TrainingCatalog {
    static final SegmentCatalog CATALOG = SegmentCatalog.rfmDefaults()
            .with(List.of(
                    KnownSegment.of("Premium_Engaged_Profitable", SegmentFamily.MECE),
                    KnownSegment.of("Growth_Moderate_Valuable", SegmentFamily.MECE),
                    KnownSegment.of("Budget_Active_Emerging", SegmentFamily.MECE)));

    private TrainingCatalog() {}
}
