package io.segbot.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code bot-config/reports.yaml}; every schedule is validated and errors name the entry. */
public final class ScheduleFile {
    public static final String FILE = "bot-config/reports.yaml";

    private ScheduleFile() {}

    public static List<ReportSchedule> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Validates a reports.yaml text.
     *
     * @param file how to name the file in messages
     */
    public static List<ReportSchedule> parse(String text, String file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<ReportSchedule> schedules = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("schedules");
        if (list == null || list.isNull()) {
            return schedules;
        }
        int index = 0;
        for (JsonNode entry : list) {
            String where = file + ": schedules[" + index++ + "]";
            String name = required(entry, "name", where);
            JsonNode destination = entry.get("destination");
            if (destination == null) {
                throw new IllegalArgumentException(where + " (" + name + "): missing destination {platform, channel}");
            }
            try {
                schedules.add(new ReportSchedule(
                        name,
                        required(entry, "kind", where),
                        required(entry, "cron", where),
                        ReportSchedule.zone(name, required(entry, "zone", where)),
                        required(destination, "platform", where),
                        required(destination, "channel", where),
                        entry.path("rerun_analysis").asBoolean(false)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return schedules;
    }

    private static String required(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": missing " + key);
        }
        return value.asText();
    }
}
