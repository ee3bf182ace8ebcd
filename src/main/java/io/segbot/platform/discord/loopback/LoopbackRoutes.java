package io.segbot.platform.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the loopback Discord answers each REST route JDA uses. */
final class LoopbackRoutes implements LoopbackRest.Router {
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");
    private static final Pattern THREAD_FROM_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/(\\d+)/([^/]+)(/messages/([^/]+))?");
    private static final Pattern COMMANDS = Pattern.compile("applications/(\\d+)(/guilds/(\\d+))?/commands");

    private final LoopbackDiscord discord;
    private final Map<String, String> originals = new ConcurrentHashMap<>();

    LoopbackRoutes(LoopbackDiscord discord) {
        this.discord = discord;
    }

    @Override
    public LoopbackRest.Answer answer(LoopbackDiscord.Call call) {
        discord.beforeAnswer(call);
        String path = call.path();
        Matcher m;
        if (call.is("GET", "users/@me")) {
            return LoopbackRest.Answer.ok(Payloads.user(LoopbackDiscord.BOT_ID, "segbot", true));
        } else if (call.method().equals("PUT") && (m = COMMANDS.matcher(path)).matches()) {
            return LoopbackRest.Answer.ok(commands(call.json(), m.group(3)));
        } else if (call.is("POST", "users/@me/channels")) {
            String user = call.json().path("recipient_id").asText();
            return LoopbackRest.Answer.ok(Payloads.dmChannel(
                    discord.dmChannel(user), Payloads.user(user, "user" + user.substring(user.length() - 4), false)));
        } else if (call.method().equals("POST") && (m = THREAD_FROM_MESSAGE.matcher(path)).matches()) {
            ObjectNode thread = Payloads.thread(
                    m.group(2),
                    m.group(1),
                    LoopbackDiscord.GUILD_ID,
                    call.json().path("name").asText("thread"),
                    LoopbackDiscord.BOT_ID);
            discord.threadCreated(thread.deepCopy().put("newly_created", true));
            return LoopbackRest.Answer.ok(thread);
        } else if (call.method().equals("POST") && path.matches("channels/\\d+/typing")) {
            return LoopbackRest.Answer.noContent();
        } else if (call.method().equals("POST") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
            return channelMessage(call, m.group(1), discord.snowflake());
        } else if (call.method().equals("PATCH") && (m = CHANNEL_MESSAGE.matcher(path)).matches()) {
            return channelMessage(call, m.group(1), m.group(2));
        } else if (call.method().equals("POST") && path.matches("interactions/\\d+/[^/]+/callback")) {
            return LoopbackRest.Answer.noContent();
        } else if ((m = WEBHOOK.matcher(path)).matches()) {
            return webhook(call, m.group(2), m.group(4));
        }
        return LoopbackRest.Answer.error(404, 0, "404: Not Found (the loopback Discord has no " + path + ")");
    }

    private LoopbackRest.Answer channelMessage(LoopbackDiscord.Call call, String channelId, String messageId) {
        Integer failure = discord.failure(channelId);
        if (failure != null) {
            return switch (failure) {
                case 10003 -> LoopbackRest.Answer.error(404, 10003, "Unknown Channel");
                case 50001 -> LoopbackRest.Answer.error(403, 50001, "Missing Access");
                case 50013 -> LoopbackRest.Answer.error(403, 50013, "Missing Permissions");
                default -> LoopbackRest.Answer.error(400, failure, "Refused");
            };
        }
        String guild = discord.isDmChannel(channelId) ? null : LoopbackDiscord.GUILD_ID;
        return LoopbackRest.Answer.ok(message(call, channelId, guild, messageId));
    }

    private LoopbackRest.Answer webhook(LoopbackDiscord.Call call, String token, String messageId) {
        if (discord.expired(token)) {
            return LoopbackRest.Answer.error(401, 50027, "Invalid Webhook Token");
        }
        String channel = discord.channelOfToken(token);
        if (call.method().equals("DELETE")) {
            return LoopbackRest.Answer.noContent();
        }
        String id = messageId == null
                ? discord.snowflake()
                : messageId.equals("@original")
                        ? originals.computeIfAbsent(token, t -> discord.snowflake())
                        : messageId;
        ObjectNode message = message(call, channel, LoopbackDiscord.GUILD_ID, id);
        message.put("webhook_id", LoopbackDiscord.BOT_ID);
        return LoopbackRest.Answer.ok(message);
    }

    private static ObjectNode message(LoopbackDiscord.Call call, String channelId, String guildId, String id) {
        ObjectNode message = Payloads.message(
                id, channelId, guildId, Payloads.user(LoopbackDiscord.BOT_ID, "segbot", true), call.json());
        ArrayNode attachments = (ArrayNode) message.get("attachments");
        int index = 0;
        for (LoopbackDiscord.SentFile file : call.files()) {
            String fileId = id + index++;
            attachments
                    .addObject()
                    .put("id", fileId)
                    .put("filename", file.name())
                    .put("size", file.bytes().length)
                    .put("url", "https://cdn.loopback/" + fileId + "/" + file.name())
                    .put("proxy_url", "https://media.loopback/" + fileId + "/" + file.name());
        }
        return message;
    }

    private ArrayNode commands(ObjectNode request, String guildId) {
        ArrayNode registered = Payloads.JSON.createArrayNode();
        for (JsonNode command : request.path("items")) {
            ObjectNode copy = ((ObjectNode) command).deepCopy();
            copy.put("id", LoopbackDiscord.COMMAND_ID)
                    .put("application_id", LoopbackDiscord.BOT_ID)
                    .put("version", "1")
                    .put("type", command.path("type").asInt(1));
            if (guildId != null) {
                copy.put("guild_id", guildId);
            }
            registered.add(copy);
        }
        return registered;
    }
}
