package io.segbot.platform.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** The JSON objects Discord sends, in the shape JDA 5 reads them (only the fields it needs). */
final class Payloads {
    static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {}

    static ObjectNode user(String id, String name, boolean bot) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", id).put("username", name).put("discriminator", "0").put("bot", bot);
        user.putNull("avatar");
        user.putNull("global_name");
        return user;
    }

    static ObjectNode member(ObjectNode user, Iterable<String> roles) {
        ObjectNode member = JSON.createObjectNode();
        member.set("user", user);
        ArrayNode roleIds = member.putArray("roles");
        roles.forEach(roleIds::add);
        member.put("joined_at", Instant.EPOCH.toString())
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("permissions", "0");
        return member;
    }

    static ObjectNode role(String id, String name, long permissions, int position) {
        ObjectNode role = JSON.createObjectNode();
        role.put("id", id)
                .put("name", name)
                .put("permissions", Long.toString(permissions))
                .put("position", position)
                .put("color", 0)
                .put("hoist", false)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        return role;
    }

    static ObjectNode textChannel(String id, String guildId, String name, int position) {
        ObjectNode channel = JSON.createObjectNode();
        channel.put("id", id)
                .put("type", 0)
                .put("guild_id", guildId)
                .put("name", name)
                .put("position", position)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        channel.putArray("permission_overwrites");
        channel.putNull("parent_id");
        channel.putNull("topic");
        return channel;
    }

    static ObjectNode thread(String id, String parentId, String guildId, String name, String ownerId) {
        ObjectNode thread = JSON.createObjectNode();
        thread.put("id", id)
                .put("type", 11)
                .put("guild_id", guildId)
                .put("parent_id", parentId)
                .put("name", name)
                .put("owner_id", ownerId)
                .put("member_count", 1)
                .put("message_count", 0)
                .put("total_message_sent", 0)
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        ObjectNode meta = thread.putObject("thread_metadata");
        meta.put("archived", false)
                .put("auto_archive_duration", 1440)
                .put("locked", false)
                .put("invitable", true)
                .put("archive_timestamp", Instant.now().toString())
                .put("create_timestamp", Instant.now().toString());
        return thread;
    }

    static ObjectNode dmChannel(String id, ObjectNode recipient) {
        ObjectNode channel = JSON.createObjectNode();
        channel.put("id", id).put("type", 1).put("flags", 0);
        channel.putArray("recipients").add(recipient);
        channel.putNull("last_message_id");
        return channel;
    }

    /** A message as Discord returns it after a create or an edit: the request's content echoed. */
    static ObjectNode message(String id, String channelId, String guildId, ObjectNode author, JsonNode request) {
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id).put("channel_id", channelId).put("type", 0);
        if (guildId != null) {
            message.put("guild_id", guildId);
        }
        message.set("author", author);
        message.put("content", request.path("content").asText(""));
        message.put("timestamp", Instant.now().toString());
        message.putNull("edited_timestamp");
        message.put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("flags", 0);
        message.putArray("mentions");
        message.putArray("mention_roles");
        ArrayNode embeds = message.putArray("embeds");
        for (JsonNode embed : request.path("embeds")) {
            ObjectNode copy = ((ObjectNode) embed).deepCopy();
            if (!copy.has("type")) {
                copy.put("type", "rich"); // Discord types every embed it returns
            }
            embeds.add(copy);
        }
        message.set("components", request.has("components") ? request.get("components") : JSON.createArrayNode());
        message.putArray("attachments");
        message.putArray("reactions");
        return message;
    }

    static ObjectNode dispatch(String type, int sequence, JsonNode data) {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("op", 0).put("t", type).put("s", sequence);
        frame.set("d", data);
        return frame;
    }
}
