package io.segbot.platform.slack;

/**
 * Slack's feedback buttons share one {@code action_id}; the button's value says which one was
 * clicked ({@code good:} or {@code bad:}) followed by the core's payload.
 */
record FeedbackValue(boolean good, String payload) {
    static String encode(boolean good, String payload) {
        return (good ? "good:" : "bad:") + payload;
    }

    static FeedbackValue decode(String value) {
        if (value != null && value.startsWith("good:")) {
            return new FeedbackValue(true, value.substring(5));
        }
        if (value != null && value.startsWith("bad:")) {
            return new FeedbackValue(false, value.substring(4));
        }
        throw new IllegalArgumentException("not a feedback button value: " + value);
    }
}
