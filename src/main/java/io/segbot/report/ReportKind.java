package io.segbot.report;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of report segbot makes; each is a function of stored run(s). */
public enum ReportKind {
    SEGMENTS("segments", "RFM segments and k-means clusters: sizes, revenue, the R x F map"),
    CHURN("churn", "churn-risk mix per segment and the customers at high risk"),
    CLV("clv", "customer lifetime value: distribution, per segment, the top decile"),
    MECE("mece", "MECE cart-abandonment segments: sizes and scores"),
    MOVEMENT("movement", "how customers moved between segments from one run to another");

    private final String id;
    private final String description;

    ReportKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static ReportKind parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k.id.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report kind '" + text + "'; choose one of: "
                        + String.join(
                                ", ",
                                Arrays.stream(values()).map(ReportKind::id).toList())));
    }

    @Override
    public String toString() {
        return id;
    }
}
