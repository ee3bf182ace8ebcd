package io.segbot.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.segbot.bot.Ability;
import io.segbot.bot.DiscordSettings;
import io.segbot.bot.Grant;
import io.segbot.bot.JobSettings;
import io.segbot.bot.PermissionPolicy;
import io.segbot.bot.RateLimit;
import io.segbot.bot.SlackSettings;
import io.segbot.bot.TokenBuckets;
import io.segbot.llm.LlmConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads each section of segbot.yaml into its record; each method reads every key, then refuses the rest. */
final class ConfigSections {
    private static final Pattern RATE = Pattern.compile("(\\d{1,5})\\s*/\\s*(second|minute|hour|day)");
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private ConfigSections() {}

    static LlmConfig model(YamlSection model, Map<String, String> env, Path workingDir) {
        LlmConfig defaults = LlmConfig.defaults(workingDir);
        Optional<Path> explicit = model.text("path").map(workingDir::resolve);
        String source = explicit.isPresent() ? "model.path in " + model.file() : "";
        String fromEnv = env.get(LlmConfig.MODEL_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            explicit = Optional.of(workingDir.resolve(fromEnv.strip()));
            source = "env " + LlmConfig.MODEL_ENV;
        }
        LlmConfig config = new LlmConfig(
                explicit,
                source,
                defaults.modelsDir(),
                model.integer("threads", defaults.threads(), 1, 512),
                model.integer("context_size", defaults.contextSize(), 256, 131_072),
                model.integer("queue_capacity", defaults.queueCapacity(), 1, 1000),
                Duration.ofSeconds(model.integer(
                        "timeout_seconds", (int) defaults.timeout().toSeconds(), 1, 3600)));
        model.finish();
        return config;
    }

    static ChatSettings chat(YamlSection chat) {
        ChatSettings defaults = ChatSettings.defaults();
        ChatSettings settings = new ChatSettings(
                chat.integer("memory_turns", defaults.memoryTurns(), 1, 100),
                Duration.ofMinutes(chat.integer(
                        "memory_idle_minutes", (int) defaults.memoryIdle().toMinutes(), 1, 10_080)),
                chat.text("export_folder").map(Path::of).orElse(defaults.exportFolder()));
        chat.finish();
        return settings;
    }

    static JobSettings jobs(YamlSection jobs) {
        JobSettings defaults = JobSettings.defaults();
        JobSettings settings = new JobSettings(
                jobs.integer("workers", defaults.workers(), 1, 64),
                jobs.integer("queue_capacity", defaults.queueCapacity(), 0, 1000),
                Duration.ofSeconds(jobs.integer(
                        "shutdown_deadline_seconds",
                        (int) defaults.shutdownDeadline().toSeconds(),
                        0,
                        3600)));
        jobs.finish();
        return settings;
    }

    /** One sub-section per ability; {@code ask} defaults to everyone, the others to nobody. */
    static PermissionPolicy permissions(YamlSection permissions, String file) {
        Map<Ability, Grant> grants = new EnumMap<>(Ability.class);
        for (Ability ability : Ability.values()) {
            YamlSection grant = permissions.section(PermissionPolicy.keyOf(ability));
            grants.put(
                    ability,
                    new Grant(
                            grant.bool("everyone", ability == Ability.ASK),
                            java.util.Set.copyOf(grant.ids("users")),
                            java.util.Set.copyOf(grant.ids("slack_groups")),
                            java.util.Set.copyOf(grant.ids("discord_roles"))));
            grant.finish();
        }
        permissions.finish();
        return new PermissionPolicy(grants, file);
    }

    /** {@code ask: 20/minute}; {@code off} removes a limit. */
    static Map<Ability, RateLimit> rateLimits(YamlSection limits) {
        Map<Ability, RateLimit> result = new EnumMap<>(TokenBuckets.defaultLimits());
        for (Ability ability : Ability.values()) {
            String key = PermissionPolicy.keyOf(ability);
            JsonNode value = limits.raw(key);
            if (value.isMissingNode()) {
                continue;
            }
            // YAML 1.1 reads an unquoted off as false
            if (value.isBoolean() && !value.booleanValue()
                    || value.isTextual() && value.textValue().strip().equals("off")) {
                result.remove(ability);
                continue;
            }
            result.put(ability, rate(limits, key, value));
        }
        limits.finish();
        return result;
    }

    private static RateLimit rate(YamlSection limits, String key, JsonNode value) {
        Matcher matcher = RATE.matcher(value.isTextual() ? value.textValue().strip() : "");
        int tokens = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
        if (tokens < 1 || tokens > 10_000) {
            throw limits.bad(key, value, "N/second, N/minute, N/hour or N/day with N in [1, 10000], or off");
        }
        Duration per =
                switch (matcher.group(2)) {
                    case "second" -> Duration.ofSeconds(1);
                    case "minute" -> Duration.ofMinutes(1);
                    case "hour" -> Duration.ofHours(1);
                    case "day" -> Duration.ofDays(1);
                    default -> throw new IllegalStateException("RATE matched " + matcher.group(2));
                };
        return new RateLimit(tokens, per);
    }

    static SlackSettings slack(YamlSection slack) {
        SlackSettings defaults = SlackSettings.defaults();
        SlackSettings settings = new SlackSettings(
                slack.choice("mode", defaults.mode(), SlackSettings.Mode.class),
                bindAddress(slack, defaults.bindAddress()),
                slack.integer("port", defaults.port(), 1, 65_535),
                slack.id("report_channel"));
        slack.finish();
        return settings;
    }

    static DiscordSettings discord(YamlSection discord) {
        DiscordSettings settings = new DiscordSettings(discord.id("guild_id"), discord.id("report_channel"));
        discord.finish();
        return settings;
    }

    /** An IP literal or localhost: a host name would need DNS at start and could bind elsewhere. */
    private static String bindAddress(YamlSection slack, String fallback) {
        Optional<String> address = slack.text("bind_address");
        if (address.isEmpty()) {
            return fallback;
        }
        String value = address.get();
        boolean ipv6 = value.matches("[0-9A-Fa-f:]+") && value.contains(":");
        if (!value.equals("localhost") && !ipv6 && !IPV4.matcher(value).matches()) {
            throw slack.bad(
                    "bind_address", textNode(value), "an IP address such as 127.0.0.1 or 0.0.0.0, or localhost");
        }
        return value;
    }

    private static JsonNode textNode(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
    }
}
