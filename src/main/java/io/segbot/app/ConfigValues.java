package io.segbot.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Showing configuration values in messages without ever showing a secret. */
final class ConfigValues {
    private static final int LONGEST = 60;
    /** Slack tokens (xoxb-, xoxp-, xapp-, ...) and Discord bot tokens (three dot-separated base64 parts). */
    private static final Pattern SECRET_VALUE =
            Pattern.compile("(xox[a-z]-|xapp-).*|[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{20,}");

    private static final Pattern SECRET_KEY = Pattern.compile(".*(token|secret|password|passwd|api_?key|credential).*");

    private ConfigValues() {}

    /** The value as written (quoted when a text), shortened, and hidden when it looks like a token. */
    static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "(nothing)";
        }
        if (value.isNull()) {
            return "empty";
        }
        if (value.isTextual() && SECRET_VALUE.matcher(value.textValue().strip()).matches()) {
            return "(a secret-looking value, not shown)";
        }
        String text = value.isContainerNode()
                ? value.toString()
                : value.isTextual() ? "\"" + value.textValue() + "\"" : value.asText();
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST) + "…";
    }

    /**
     * Refuses any key that looks like a secret, anywhere in the file, before reading values: secrets
     * come from the environment only.
     */
    static void refuseSecrets(String file, String path, JsonNode node) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String key = path.isEmpty() ? name : path + "." + name;
            if (SECRET_KEY.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                throw new ConfigException(file + ": " + key + " looks like a secret; secrets never go in files."
                        + " Remove it and set the environment variable " + variableFor(key) + " instead.");
            }
            refuseSecrets(file, key, node.get(name));
        }
    }

    private static String variableFor(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.contains("signing")) {
            return "SLACK_SIGNING_SECRET";
        }
        if (lower.contains("app_token") || lower.contains("apptoken")) {
            return "SLACK_APP_TOKEN";
        }
        if (lower.contains("discord")) {
            return "DISCORD_TOKEN";
        }
        if (lower.contains("slack")) {
            return "SLACK_BOT_TOKEN";
        }
        if (lower.contains("password") || lower.contains("passwd") || lower.contains("db")) {
            return "SEGBOT_DB_PASSWORD";
        }
        return "(one of SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, DISCORD_TOKEN, SEGBOT_DB_PASSWORD)";
    }
}
