package io.segbot.platform.discord;

import io.segbot.SegbotException;
import io.segbot.bot.BotPort;
import io.segbot.bot.DiscordSettings;
import io.segbot.bot.Outbox;
import io.segbot.bot.PlatformAdapter;
import io.segbot.bot.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;

/**
 * The Discord bot as {@code segbot serve} starts it: its {@link Outbox} first, then {@link #start}
 * logs in with {@code DISCORD_TOKEN} over the gateway (only the guild-message and DM intents; no
 * privileged message content: mentions and DMs carry their text anyway), registers {@code /segbot}
 * (in the configured guild at once, else globally) and passes events to the core. JDA types stay in
 * this package; JDA gets small thread pools of its own.
 *
 * <p>Thread-safety: lifecycle methods from one thread; the outbox from any.
 */
public final class DiscordAdapter implements PlatformAdapter {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Optional<DiscordConnection> connection;
    private final DiscordSettings settings;
    private final Hooks hooks;
    private final ButtonIds buttons = new ButtonIds();
    private final DiscordRenderer renderer = new DiscordRenderer(buttons);
    private final Conversations conversations;
    private final DiscordOutbox outbox;
    private final Duration connectTimeout;
    private final String name = "segbot-discord-" + INSTANCES.incrementAndGet();
    /** JDA's callbacks; one that arrives while JDA shuts down runs on the calling thread instead of failing. */
    private final ExecutorService callbacks = new java.util.concurrent.ThreadPoolExecutor(
            2,
            2,
            0,
            TimeUnit.MILLISECONDS,
            new java.util.concurrent.LinkedBlockingQueue<>(),
            daemons("callback"),
            new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());

    /** Where interactions are handed to the core once deferred. */
    private final ExecutorService work = pool(4, "work");

    private volatile JDA jda;
    private DiscordListener listener;

    /**
     * @param env for {@code DISCORD_API_URL} and {@code DISCORD_GATEWAY_URL} (not secrets: stand-ins
     *     for Discord's URLs)
     */
    public DiscordAdapter(DiscordSettings settings, Secrets secrets, Map<String, String> env) {
        this(settings, DiscordConnection.resolve(secrets, env), Clock.systemUTC(), CONNECT_TIMEOUT);
    }

    /** As above with the clock the interaction hooks expire by (tests move it). */
    public DiscordAdapter(DiscordSettings settings, Secrets secrets, Map<String, String> env, Clock clock) {
        this(settings, DiscordConnection.resolve(secrets, env), clock, CONNECT_TIMEOUT);
    }

    private DiscordAdapter(
            DiscordSettings settings, Optional<DiscordConnection> connection, Clock clock, Duration connectTimeout) {
        this.settings = settings;
        this.connection = connection;
        this.connectTimeout = connectTimeout;
        this.hooks = new Hooks(clock);
        DiscordCalls calls = new DiscordCalls(CALL_TIMEOUT);
        this.conversations = new Conversations(this::jda, calls);
        this.outbox = new DiscordOutbox(this::jda, hooks, renderer, calls, conversations);
    }

    private JDA jda() {
        JDA current = jda;
        if (current == null) {
            throw new IllegalStateException("Discord is not connected yet");
        }
        return current;
    }

    @Override
    public String platform() {
        return DiscordOutbox.PLATFORM;
    }

    @Override
    public boolean configured() {
        return connection.isPresent();
    }

    @Override
    public List<String> requiredVariables() {
        return List.of(Secrets.DISCORD_TOKEN);
    }

    @Override
    public Outbox outbox() {
        if (connection.isEmpty()) {
            throw new IllegalStateException("Discord is not configured: set " + Secrets.DISCORD_TOKEN);
        }
        return outbox;
    }

    /**
     * Logs in, waits for the gateway's READY (at most 30 s), registers {@code /segbot}.
     *
     * @throws SegbotException when Discord cannot be reached or refuses the token (never showing it)
     */
    @Override
    public String start(BotPort core) {
        DiscordConnection discord =
                connection.orElseThrow(() -> new IllegalStateException("Discord is not configured"));
        CountDownLatch ready = new CountDownLatch(1);
        listener = new DiscordListener(core, hooks, renderer, conversations, buttons, work);
        try {
            jda = builder(discord)
                    .addEventListeners(listener, new ListenerAdapter() {
                        @Override
                        public void onReady(ReadyEvent event) {
                            ready.countDown();
                        }
                    })
                    .build();
            if (!ready.await(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SegbotException("Discord's gateway at " + discord.gatewayUrl() + " did not get ready within "
                        + connectTimeout.toSeconds() + " s");
            }
            return "discord: connected as @" + jda.getSelfUser().getName() + ", " + registerCommands();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new SegbotException("interrupted while connecting to Discord", e);
        } catch (SegbotException e) {
            close();
            throw e;
        } catch (RuntimeException e) {
            close();
            throw new SegbotException("could not connect to Discord (" + discord + "): " + e.getMessage(), e);
        }
    }

    private JDABuilder builder(DiscordConnection discord) {
        return JDABuilder.createLight(discord.token(), GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES)
                .setRestConfig(new RestConfig().setBaseUrl(discord.apiUrl()))
                .setSessionController(new GatewaySessions(discord.gatewayUrl()))
                .setCompression(Compression.NONE)
                .setCallbackPool(callbacks, false) // shut down after JDA, so late answers still run
                .setEventPool(pool(4, "events"), true)
                .setRateLimitElastic(pool(8, "rest"), true)
                .setRateLimitScheduler(scheduler("rate-limit"), true)
                .setGatewayPool(scheduler("gateway"), true)
                .setAutoReconnect(true);
    }

    /** Guild-scoped commands appear at once (and avoid the long 429 of global registration). */
    private String registerCommands() {
        DiscordCalls calls = new DiscordCalls(CALL_TIMEOUT);
        if (settings.guildId().isPresent()) {
            Guild guild = jda.getGuildById(settings.guildId().get());
            if (guild == null) {
                throw new SegbotException(
                        "the bot is not in the guild " + settings.guildId().get()
                                + " set as platforms.discord.guild_id; invite it with the scopes bot and applications.commands");
            }
            calls.await(guild.updateCommands().addCommands(SlashCommands.definition()), "guild " + guild.getName());
            return "/segbot registered in " + guild.getName();
        }
        calls.await(jda.updateCommands().addCommands(SlashCommands.definition()), "the application");
        return "/segbot registered globally (may take up to an hour to appear; set platforms.discord.guild_id for at once)";
    }

    private ExecutorService pool(int threads, String role) {
        return Executors.newFixedThreadPool(threads, daemons(role));
    }

    private ScheduledExecutorService scheduler(String role) {
        return Executors.newScheduledThreadPool(2, daemons(role));
    }

    private ThreadFactory daemons(String role) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + role + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void stopReceiving() {
        if (listener != null) {
            listener.stopReceiving();
        }
    }

    @Override
    public void close() {
        stopReceiving();
        JDA current = jda;
        if (current != null) {
            current.shutdown();
            try {
                if (!current.awaitShutdown(Duration.ofSeconds(5))) {
                    current.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                current.shutdownNow();
            }
        }
        callbacks.shutdown();
        work.shutdown();
    }
}
