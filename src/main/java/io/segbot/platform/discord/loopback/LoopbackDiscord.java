package io.segbot.platform.discord.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A local stand-in for Discord, for tests and {@code segbot bench discord}: a REST API and a gateway
 * on 127.0.0.1 that JDA connects to (its REST base URL and, through the adapter's session
 * controller, its gateway URL), one guild with two text channels, and the events a user causes:
 * messages (mention in a channel, DM) and interactions (slash command, autocomplete, button). Every
 * REST call JDA makes is recorded so a test can check what a Discord user would see.
 *
 * <p>Not a test double of segbot's code: it stands in for Discord. Thread-safety: safe from any
 * thread.
 */
public final class LoopbackDiscord implements AutoCloseable {
    public static final String BOT_ID = "1100000000000000001";
    public static final String GUILD_ID = "1200000000000000001";
    public static final String CHANNEL_ID = "1300000000000000001";
    public static final String REPORTS_CHANNEL_ID = "1300000000000000002";
    /** A channel of the guild for tests to refuse messages in ({@link #failChannel}). */
    public static final String LOCKED_CHANNEL_ID = "1300000000000000003";

    /** A role of the guild ("analyst") for permission tests. */
    public static final String ANALYST_ROLE_ID = "1500000000000000001";

    public static final String COMMAND_ID = "1400000000000000001";
    /** Discord's epoch (2015-01-01) in Unix milliseconds, for snowflakes. */
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;

    /** A file sent with a message. */
    public record SentFile(String name, byte[] bytes) {}

    /**
     * One REST request JDA made.
     *
     * @param path after {@code /api/v10/}, e.g. {@code channels/130…/messages}
     * @param json the JSON body, or multipart's {@code payload_json}; a JSON array is under "items"
     */
    public record Call(String method, String path, String query, ObjectNode json, List<SentFile> files, long nanos) {
        public boolean is(String httpMethod, String pathPattern) {
            return method.equals(httpMethod) && path.matches(pathPattern);
        }

        public String content() {
            return json.path("content").asText("");
        }
    }

    /** Keeps the first matching REST call unanswered until {@link #release}, so a test can act meanwhile. */
    public static final class Hold {
        private final Predicate<Call> which;
        private final java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

        Hold(Predicate<Call> which) {
            this.which = which;
        }

        /** Waits until a matching call is being held. */
        public void awaitHeld(Duration timeout) throws InterruptedException {
            if (!held.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new AssertionError("no matching Discord call arrived within " + timeout);
            }
        }

        public void release() {
            released.countDown();
        }

        void pass(Call call) throws InterruptedException {
            if (released.getCount() > 0 && which.test(call)) {
                held.countDown();
                released.await(30, java.util.concurrent.TimeUnit.SECONDS); // never longer than JDA waits
            }
        }
    }

    /** An interaction sent through the gateway: what its deferral and follow-ups are keyed by. */
    public record Interaction(String id, String token, long sentNanos) {}

    private final AtomicLong sequence = new AtomicLong();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> dmChannels = new ConcurrentHashMap<>();
    private final Map<String, String> channelOfToken = new ConcurrentHashMap<>();
    private final Map<String, Integer> failingChannels = new ConcurrentHashMap<>();
    private final Set<String> expiredTokens = ConcurrentHashMap.newKeySet();
    private final List<Hold> holds = new CopyOnWriteArrayList<>();
    private final LoopbackRest rest;
    private final LoopbackGateway gateway;
    private static final long POLL_MILLIS = 10;

    public LoopbackDiscord() throws IOException {
        rest = new LoopbackRest(new LoopbackRoutes(this), this::record);
        gateway = new LoopbackGateway(this::ready, this::guildCreate);
        gateway.start();
        try {
            gateway.awaitStarted();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the loopback gateway", e);
        }
    }

    /** For {@code DISCORD_API_URL}. */
    public String restUrl() {
        return rest.url();
    }

    /** For {@code DISCORD_GATEWAY_URL}. */
    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    /** How many sessions identified (connects and reconnects). */
    public int identifies() {
        return gateway.identifies();
    }

    /** The gateway intents the bot asked for in its last IDENTIFY (a bit set), or -1 before one. */
    public long identifiedIntents() {
        JsonNode identify = gateway.lastIdentify();
        return identify == null ? -1 : identify.path("intents").asLong(-1);
    }

    /** A fresh snowflake: Discord ids carry their creation time, and JDA rejects stale interactions. */
    public String snowflake() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        return Long.toUnsignedString((millis << 22) | (sequence.incrementAndGet() & 0xFFF));
    }

    // ---- what users do

    /** A member mentions the bot in a channel (or thread) of the guild; returns the message id. */
    public String mention(String userId, String channelId, String text, String... roleIds) {
        String id = snowflake();
        ObjectNode author = Payloads.user(userId, "user" + userId.substring(userId.length() - 4), false);
        ObjectNode message = Payloads.message(
                id,
                channelId,
                GUILD_ID,
                author,
                Payloads.JSON.createObjectNode().put("content", "<@" + BOT_ID + "> " + text));
        ObjectNode member = Payloads.member(author, List.of(roleIds));
        member.remove("user");
        message.set("member", member);
        ((ArrayNode) message.get("mentions")).add(Payloads.user(BOT_ID, "segbot", true));
        send("MESSAGE_CREATE", message);
        return id;
    }

    /** A user writes to the bot privately; returns the message id. */
    public String directMessage(String userId, String text) {
        String id = snowflake();
        ObjectNode author = Payloads.user(userId, "user" + userId.substring(userId.length() - 4), false);
        send(
                "MESSAGE_CREATE",
                Payloads.message(
                        id,
                        dmChannel(userId),
                        null,
                        author,
                        Payloads.JSON.createObjectNode().put("content", text)));
        return id;
    }

    /**
     * {@code /segbot SUBCOMMAND option:value…} in a guild channel ({@code "schedule add"} for a
     * subcommand of a group).
     *
     * @param options option name to value (strings, numbers as their text)
     */
    public Interaction slashCommand(
            String userId, String channelId, String subcommand, Map<String, Object> options, String... roleIds) {
        return interaction(2, userId, channelId, roleIds, commandData(subcommand, options, null), null);
    }

    /** The user types into {@code focused} of {@code /segbot SUBCOMMAND}: Discord asks for choices. */
    public Interaction autocomplete(String userId, String channelId, String subcommand, String focused, String typed) {
        return interaction(
                4, userId, channelId, new String[0], commandData(subcommand, Map.of(focused, typed), focused), null);
    }

    /** The user clicks a button with {@code customId} on the bot's message {@code messageId}. */
    public Interaction button(String userId, String channelId, String messageId, String customId, String... roleIds) {
        ObjectNode data =
                Payloads.JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
        return interaction(3, userId, channelId, roleIds, data, messageId);
    }

    private Interaction interaction(
            int type, String userId, String channelId, String[] roleIds, ObjectNode data, String messageId) {
        String id = snowflake();
        String token = "token-" + id;
        channelOfToken.put(token, channelId);
        ObjectNode event = Payloads.JSON.createObjectNode();
        event.put("id", id)
                .put("application_id", BOT_ID)
                .put("type", type)
                .put("token", token)
                .put("version", 1)
                .put("channel_id", channelId)
                .put("guild_id", GUILD_ID)
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("context", 0)
                .put("app_permissions", "2251799813685247");
        event.putObject("authorizing_integration_owners").put("0", GUILD_ID);
        event.putObject("guild").put("id", GUILD_ID).put("locale", "en-US").putArray("features");
        event.set("channel", Payloads.textChannel(channelId, GUILD_ID, channelName(channelId), 0));
        ObjectNode member = Payloads.member(
                Payloads.user(userId, "user" + userId.substring(userId.length() - 4), false), List.of(roleIds));
        member.put("permissions", "2251799813685247");
        event.set("member", member);
        event.putArray("entitlements");
        event.set("data", data);
        if (messageId != null) {
            event.set(
                    "message",
                    Payloads.message(
                            messageId,
                            channelId,
                            GUILD_ID,
                            Payloads.user(BOT_ID, "segbot", true),
                            Payloads.JSON.createObjectNode()));
        }
        long sent = System.nanoTime();
        send("INTERACTION_CREATE", event);
        return new Interaction(id, token, sent);
    }

    private static ObjectNode commandData(String subcommand, Map<String, Object> options, String focused) {
        ObjectNode data = Payloads.JSON.createObjectNode();
        data.put("id", COMMAND_ID).put("name", "segbot").put("type", 1).put("guild_id", GUILD_ID);
        ObjectNode sub = data.putArray("options").addObject();
        String[] words = subcommand.split(" ", 2);
        if (words.length == 2) { // "schedule add": a subcommand group, then its subcommand
            sub.put("name", words[0]).put("type", 2);
            sub = sub.putArray("options").addObject();
        }
        sub.put("name", words[words.length - 1]).put("type", 1);
        ArrayNode values = sub.putArray("options");
        options.forEach((name, value) -> {
            ObjectNode option = values.addObject().put("name", name);
            if (value instanceof Integer || value instanceof Long) {
                option.put("type", 4).put("value", ((Number) value).longValue());
            } else {
                option.put("type", 3).put("value", value.toString());
            }
            if (name.equals(focused)) {
                option.put("focused", true);
            }
        });
        return data;
    }

    /** Discord announces a new thread on the gateway too (THREAD_CREATE), as the bot's cache expects. */
    void threadCreated(ObjectNode thread) {
        send("THREAD_CREATE", thread);
    }

    private void send(String type, JsonNode data) {
        if (!gateway.dispatch(type, data)) {
            throw new IllegalStateException("no bot is connected to the loopback gateway");
        }
    }

    // ---- what the fake answers

    /** Holds the first REST call that matches until the returned hold is released. */
    public Hold hold(Predicate<Call> which) {
        Hold hold = new Hold(which);
        holds.add(hold);
        return hold;
    }

    void beforeAnswer(Call call) {
        for (Hold hold : holds) {
            try {
                hold.pass(call);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Makes Discord refuse messages to {@code channelId} with an error code (10003, 50001, 50013). */
    public void failChannel(String channelId, int code) {
        failingChannels.put(channelId, code);
    }

    /** Makes Discord refuse an interaction token's webhook calls (50027), as when it dies before its 15 minutes. */
    public void expireToken(String token) {
        expiredTokens.add(token);
    }

    Integer failure(String channelId) {
        return failingChannels.get(channelId);
    }

    boolean expired(String token) {
        return expiredTokens.contains(token);
    }

    String channelOfToken(String token) {
        return channelOfToken.getOrDefault(token, CHANNEL_ID);
    }

    /** The DM channel id of a user, the same each time. */
    public String dmChannel(String userId) {
        return dmChannels.computeIfAbsent(userId, user -> snowflake());
    }

    boolean isDmChannel(String channelId) {
        return dmChannels.containsValue(channelId);
    }

    String channelName(String channelId) {
        return channelId.equals(REPORTS_CHANNEL_ID)
                ? "reports"
                : channelId.equals(LOCKED_CHANNEL_ID) ? "locked" : "marketing";
    }

    private ObjectNode ready() {
        ObjectNode ready = Payloads.JSON.createObjectNode();
        ready.put("v", 10).put("session_id", "loopback-" + snowflake()).put("resume_gateway_url", gatewayUrl());
        ready.set("user", Payloads.user(BOT_ID, "segbot", true));
        ready.putArray("guilds").addObject().put("id", GUILD_ID).put("unavailable", true);
        ready.putObject("application").put("id", BOT_ID).put("flags", 0);
        ready.putArray("private_channels");
        return ready;
    }

    private ObjectNode guildCreate() {
        ObjectNode guild = Payloads.JSON.createObjectNode();
        guild.put("id", GUILD_ID)
                .put("name", "Loopback")
                .put("owner_id", BOT_ID) // the owner holds every permission: JDA's local checks pass
                .put("afk_timeout", 300)
                .put("member_count", 2)
                .put("preferred_locale", "en-US")
                .put("verification_level", 0)
                .put("nsfw_level", 0);
        guild.putArray("roles")
                .add(Payloads.role(GUILD_ID, "@everyone", 0, 0))
                .add(Payloads.role(ANALYST_ROLE_ID, "analyst", 0, 1));
        ArrayNode channels = guild.putArray("channels");
        channels.add(Payloads.textChannel(CHANNEL_ID, GUILD_ID, "marketing", 0));
        channels.add(Payloads.textChannel(REPORTS_CHANNEL_ID, GUILD_ID, "reports", 1));
        channels.add(Payloads.textChannel(LOCKED_CHANNEL_ID, GUILD_ID, "locked", 2));
        for (String empty : List.of(
                "threads", "guild_scheduled_events", "emojis", "stickers", "voice_states", "features", "presences")) {
            guild.putArray(empty);
        }
        guild.putArray("members").add(Payloads.member(Payloads.user(BOT_ID, "segbot", true), List.of()));
        return guild;
    }

    // ---- recorded calls

    private void record(Call call) {
        calls.add(call);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(Predicate<Call> which) {
        return calls.stream().filter(which).toList();
    }

    /**
     * Waits until at least {@code count} recorded calls match.
     *
     * @throws AssertionError when they do not arrive within {@code timeout}, naming what did arrive
     */
    public List<Call> await(Predicate<Call> which, int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> found = calls(which);
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > end) {
                List<String> seen = new ArrayList<>();
                calls.forEach(c -> seen.add(c.method() + " " + c.path()));
                throw new AssertionError("expected " + count + " matching Discord calls within " + timeout + ", got "
                        + found.size() + "; all calls: " + seen);
            }
            Thread.sleep(POLL_MILLIS); // polling keeps a waiting test off the REST threads' path
        }
    }

    @Override
    public void close() {
        rest.close();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
