package io.segbot.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One mapping of a YAML configuration file, read key by key with strict types: every getter names
 * the key it knows, and {@link #finish()} refuses any key nobody asked for. Errors name the file,
 * the full key, the value and what is allowed (HikariConfig.validate style). Not thread-safe; used
 * once while loading.
 */
final class YamlSection {
    private final String file;
    private final String path;
    private final JsonNode node;
    private final Set<String> known = new LinkedHashSet<>();

    private YamlSection(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** The whole file; an empty file is an empty mapping. */
    static YamlSection root(String file, JsonNode root) {
        JsonNode node = root == null || root.isNull() || root.isMissingNode() ? MissingNode.getInstance() : root;
        if (!node.isMissingNode() && !node.isObject()) {
            throw new ConfigException(file + ": the file must be a mapping of sections (model:, chat:, ...), got "
                    + ConfigValues.shown(node));
        }
        return new YamlSection(file, "", node);
    }

    /** A nested mapping; absent or empty ({@code chat:} alone) reads as all defaults. */
    YamlSection section(String key) {
        JsonNode value = take(key);
        if (value.isMissingNode() || value.isNull()) {
            return new YamlSection(file, key(key), MissingNode.getInstance());
        }
        if (!value.isObject()) {
            throw bad(key, value, "a mapping of keys");
        }
        return new YamlSection(file, key(key), value);
    }

    int integer(String key, int fallback, int min, int max) {
        JsonNode value = take(key);
        if (value.isMissingNode()) {
            return fallback;
        }
        String allowed = "a whole number within [" + min + ", " + max + "]";
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw bad(key, value, allowed);
        }
        int number = value.intValue();
        if (number < min || number > max) {
            throw bad(key, value, allowed);
        }
        return number;
    }

    boolean bool(String key, boolean fallback) {
        JsonNode value = take(key);
        if (value.isMissingNode()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw bad(key, value, "true or false");
        }
        return value.booleanValue();
    }

    /** A non-blank string. */
    Optional<String> text(String key) {
        JsonNode value = take(key);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw bad(key, value, "a non-blank text");
        }
        return Optional.of(value.textValue().strip());
    }

    /** A platform id: a text or a whole number (Discord snowflakes are often written unquoted). */
    Optional<String> id(String key) {
        JsonNode value = take(key);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(idOf(key, value));
    }

    /** A list of platform ids; absent is empty. */
    List<String> ids(String key) {
        JsonNode value = take(key);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw bad(key, value, "a list of ids, e.g. [U0123ABCD, \"112233445566778899\"]");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode element : value) {
            ids.add(idOf(key, element));
        }
        return ids;
    }

    /** One of an enum's constants, written in lower case. */
    <E extends Enum<E>> E choice(String key, E fallback, Class<E> type) {
        JsonNode value = take(key);
        if (value.isMissingNode()) {
            return fallback;
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            String name = constant.name().toLowerCase(Locale.ROOT);
            names.add(name);
            if (value.isTextual() && value.textValue().strip().equals(name)) {
                return constant;
            }
        }
        throw bad(key, value, "one of " + String.join(", ", names));
    }

    /** The value as written (missing when absent), for a type the getters do not cover. */
    JsonNode raw(String key) {
        return take(key);
    }

    /** Refuses the keys nobody read: a typo must not silently fall back to a default. */
    void finish() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ConfigException(file + ": unknown key " + key(name) + " (value "
                        + ConfigValues.shown(node.get(name)) + "); known keys"
                        + (path.isEmpty() ? "" : " in " + path) + ": " + String.join(", ", known));
            }
        }
    }

    /** An error about the value of {@code key} with what is allowed. */
    ConfigException bad(String key, JsonNode value, String allowed) {
        return new ConfigException(
                file + ": " + key(key) + " is " + ConfigValues.shown(value) + "; allowed: " + allowed);
    }

    String file() {
        return file;
    }

    String key(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private JsonNode take(String key) {
        known.add(key);
        JsonNode value = node.get(key);
        return value == null ? MissingNode.getInstance() : value;
    }

    private String idOf(String key, JsonNode value) {
        if (value.isTextual() && !value.textValue().isBlank()) {
            return value.textValue().strip();
        }
        if (value.isIntegralNumber() && value.bigIntegerValue().signum() > 0) {
            return value.bigIntegerValue().toString();
        }
        throw bad(key, value, "ids as texts or positive whole numbers");
    }
}
