package io.segbot.app;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.segbot.bot.Ability;
import io.segbot.bot.DiscordSettings;
import io.segbot.bot.JobSettings;
import io.segbot.bot.PermissionPolicy;
import io.segbot.bot.RateLimit;
import io.segbot.bot.Secrets;
import io.segbot.bot.SlackSettings;
import io.segbot.llm.LlmConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * segbot's one configuration: {@code segbot.yaml} from the {@link ConfigDir} plus the environment
 * ({@code SEGBOT_MODEL} and the {@link Secrets}), validated once at start and immutable after.
 * Every key is optional and has a documented default (README, "Configuration reference"); an
 * unknown key, a wrong type or an out-of-range value is a {@link ConfigException} naming the file,
 * the key, the value and what is allowed. Secrets in the file are refused.
 *
 * @param dir where the configuration files come from
 * @param file how segbot.yaml is named in messages
 */
record SegbotConfig(
        ConfigDir dir,
        String file,
        LlmConfig model,
        ChatSettings chat,
        JobSettings jobs,
        PermissionPolicy permissions,
        Map<Ability, RateLimit> rateLimits,
        SlackSettings slack,
        DiscordSettings discord,
        Secrets secrets) {
    static final String FILE_NAME = "segbot.yaml";
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    SegbotConfig {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(permissions, "permissions");
        rateLimits = Map.copyOf(rateLimits);
        Objects.requireNonNull(slack, "slack");
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(secrets, "secrets");
    }

    /**
     * Reads and validates segbot.yaml from {@code dir} (absent: every default).
     *
     * @param env the environment: {@code SEGBOT_MODEL} and the secrets
     * @param workingDir what relative model paths and {@code models/} are resolved against
     */
    static SegbotConfig load(ConfigDir dir, Map<String, String> env, Path workingDir) {
        String file = dir.describe(FILE_NAME);
        YamlSection root = YamlSection.root(file, parse(file, dir.read(FILE_NAME)));
        LlmConfig model = ConfigSections.model(root.section("model"), env, workingDir);
        ChatSettings chat = ConfigSections.chat(root.section("chat"));
        JobSettings jobs = ConfigSections.jobs(root.section("jobs"));
        PermissionPolicy permissions = ConfigSections.permissions(root.section("permissions"), file);
        Map<Ability, RateLimit> rateLimits = ConfigSections.rateLimits(root.section("rate_limits"));
        YamlSection platforms = root.section("platforms");
        SegbotConfig config = new SegbotConfig(
                dir,
                file,
                model,
                chat,
                jobs,
                permissions,
                rateLimits,
                ConfigSections.slack(platforms.section("slack")),
                ConfigSections.discord(platforms.section("discord")),
                Secrets.fromEnvironment(env));
        platforms.finish();
        root.finish();
        return config;
    }

    private static JsonNode parse(String file, Optional<String> text) {
        if (text.isEmpty()) {
            return null;
        }
        JsonNode root;
        try {
            root = YAML.readTree(text.get());
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : " line " + where.getLineNr() + ", column " + where.getColumnNr() + ":";
            throw new ConfigException(
                    file + ":" + at + " not valid YAML ("
                            + e.getOriginalMessage().lines().findFirst().orElse("")
                            + "); fix the indentation or quoting there",
                    e);
        }
        ConfigValues.refuseSecrets(file, "", root);
        return root;
    }
}
