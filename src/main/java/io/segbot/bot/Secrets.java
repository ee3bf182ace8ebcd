package io.segbot.bot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets segbot uses, read from the environment only (never from a file). {@link #toString}
 * says which are set, never a value, so logging this object cannot leak a token.
 *
 * <p>Thread-safety: immutable. Nullness: no null arguments or results.
 */
public final class Secrets {
    public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String DISCORD_TOKEN = "DISCORD_TOKEN";
    public static final String DB_PASSWORD = "SEGBOT_DB_PASSWORD";
    /** Every secret's environment variable. */
    public static final List<String> NAMES =
            List.of(SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, DISCORD_TOKEN, DB_PASSWORD);

    private final Map<String, String> values;

    private Secrets(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Takes the known secrets from an environment map (e.g. {@code System.getenv()}); blanks count as unset. */
    public static Secrets fromEnvironment(Map<String, String> env) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                found.put(name, value.strip());
            }
        }
        return new Secrets(found);
    }

    public static Secrets none() {
        return new Secrets(Map.of());
    }

    /** The secret in the environment variable {@code name}, one of {@link #NAMES}. */
    public Optional<String> get(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException(name + " is not one of segbot's secrets " + NAMES);
        }
        return Optional.ofNullable(values.get(name));
    }

    public boolean has(String name) {
        return get(name).isPresent();
    }

    /** The values themselves, e.g. for a log filter that masks any of them. */
    public List<String> values() {
        return List.copyOf(values.values());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Secrets[");
        for (String name : NAMES) {
            text.append(name).append(values.containsKey(name) ? "=set " : "=unset ");
        }
        return text.toString().strip() + "]";
    }
}
