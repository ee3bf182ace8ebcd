package io.segbot.platform.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A button's action id and payload as a Discord custom id ({@code action|payload}, at most 100
 * characters). A longer payload (a re-run of a dataset with a long name) is kept here under a short
 * key, for the last {@link #KEPT} such buttons of this process.
 *
 * <p>Thread-safety: safe from any thread.
 */
final class ButtonIds {
    static final int CUSTOM_ID_CHARS = 100;
    static final int KEPT = 10_000;
    private static final char SEPARATOR = '|';
    private static final String KEY = "#";

    /** A decoded button. */
    record Click(String actionId, String payload) {}

    private final AtomicLong keys = new AtomicLong();
    private final Map<String, String> payloads = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    String encode(String actionId, String payload) {
        String direct = actionId + SEPARATOR + payload;
        if (direct.length() <= CUSTOM_ID_CHARS && !payload.startsWith(KEY)) {
            return direct;
        }
        String key = Long.toString(keys.incrementAndGet(), 36);
        synchronized (payloads) {
            payloads.put(key, payload);
        }
        return actionId + SEPARATOR + KEY + key;
    }

    /** Empty for a custom id this process cannot read (not segbot's, or kept by a process that stopped). */
    Optional<Click> decode(String customId) {
        int separator = customId.indexOf(SEPARATOR);
        if (separator <= 0) {
            return Optional.empty();
        }
        String actionId = customId.substring(0, separator);
        String payload = customId.substring(separator + 1);
        if (!payload.startsWith(KEY)) {
            return Optional.of(new Click(actionId, payload));
        }
        synchronized (payloads) {
            return Optional.ofNullable(payloads.get(payload.substring(KEY.length())))
                    .map(kept -> new Click(actionId, kept));
        }
    }
}
