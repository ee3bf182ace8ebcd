package io.segbot.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code bot-config/reports.yaml}: a list {@code schedules} of entries with {@code name},
 * {@code kind}, {@code cron} (UNIX, five fields), {@code zone} (IANA id), {@code destination}
 * ({@code platform}, {@code channel}), optional {@code rerun_analysis} (default false) and
 * {@code dataset}. Every mistake is refused with the file, the entry and the fix.
 */
public final class ReportsConfig {
    private static final Set<String> KEYS =
            Set.of("name", "kind", "cron", "zone", "destination", "rerun_analysis", "dataset");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ReportsConfig() {}

    /** The schedules of {@code file}; none when the file does not exist. */
    public static List<ScheduleSpec> load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        JsonNode root = YAML.readTree(file.toFile());
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        JsonNode schedules = root.path("schedules");
        if (schedules.isMissingNode() || schedules.isNull()) {
            return List.of();
        }
        if (!schedules.isArray()) {
            throw new IllegalArgumentException(file + ": 'schedules' must be a list of entries");
        }
        List<ScheduleSpec> specs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int index = 0;
        for (JsonNode entry : schedules) {
            index++;
            String where = file + ": schedule " + index
                    + (entry.hasNonNull("name") ? " ('" + entry.get("name").asText() + "')" : "");
            try {
                ScheduleSpec spec = parse(entry);
                if (!names.add(spec.name())) {
                    throw new IllegalArgumentException("the name is used twice; schedule names must be unique");
                }
                specs.add(spec);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return specs;
    }

    static ScheduleSpec parse(JsonNode entry) {
        if (!entry.isObject()) {
            throw new IllegalArgumentException("an entry must be a mapping of name, kind, cron, zone, destination");
        }
        for (Iterator<String> keys = entry.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "'; allowed: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        JsonNode destination = entry.path("destination");
        if (!destination.isObject()) {
            throw new IllegalArgumentException("'destination' must have 'platform' and 'channel'");
        }
        return new ScheduleSpec(
                required(entry, "name"),
                ReportKind.parse(required(entry, "kind")),
                required(entry, "cron"),
                zone(required(entry, "zone")),
                new Destination(required(destination, "platform"), required(destination, "channel")),
                entry.path("rerun_analysis").asBoolean(false),
                entry.hasNonNull("dataset") ? entry.get("dataset").asText() : null);
    }

    private static String required(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is required");
        }
        return value.asText();
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "unknown time zone '" + id + "'; use an IANA id such as Europe/Berlin or UTC", e);
        }
    }
}
