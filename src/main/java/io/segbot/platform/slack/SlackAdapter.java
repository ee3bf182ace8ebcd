package io.segbot.platform.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.socket_mode.SocketModeClient;
import io.segbot.SegbotException;
import io.segbot.bot.BotPort;
import io.segbot.bot.Dashboard;
import io.segbot.bot.Outbox;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Slack app: its {@link Outbox} (register it with the core first), then {@link #start} with the
 * core's {@link BotPort} connects over Socket Mode or serves HTTP Events mode. Bolt types stay in
 * this package.
 *
 * <p>Thread-safety: start and close from one thread; the outbox is safe from any thread.
 */
public final class SlackAdapter implements AutoCloseable {
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);
    private static final int HTTP_THREADS = 32;

    private final SlackSettings settings;
    private final Slack slack;
    private final AsyncMethodsClient api;
    private final Recipients recipients = new Recipients();
    private final SlackOutbox outbox;
    private App app;
    private SlackHttpEndpoint http;
    private SocketModeApp socketMode;

    public SlackAdapter(SlackSettings settings) {
        this(settings, CALL_TIMEOUT);
    }

    SlackAdapter(SlackSettings settings, Duration callTimeout) {
        this.settings = settings;
        this.slack = Slack.getInstance(config(settings));
        this.api = slack.methodsAsync(settings.botToken());
        this.outbox = new SlackOutbox(api, new SlackCalls(callTimeout), recipients);
    }

    private static SlackConfig config(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setProxyUrl(null); // SlackConfig reads proxy variables; the Web API URL is explicit
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        // One rate-limit executor per adapter: the SDK keys executors (and their auth.test cache) by name.
        config.getMethodsConfig().setExecutorName("segbot-slack-" + INSTANCES.incrementAndGet());
        return config;
    }

    public Outbox outbox() {
        return outbox;
    }

    public SlackSettings settings() {
        return settings;
    }

    /**
     * Connects: Bolt calls {@code auth.test} first, so a wrong token fails here with Slack's error.
     *
     * @throws SegbotException when Slack cannot be reached or refuses the tokens
     */
    public void start(BotPort core, Dashboard dashboard) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                .requestVerificationEnabled(settings.mode() == SlackSettings.Mode.HTTP)
                .authTestCacheEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                .allEventsApiAutoAckEnabled(true)
                .build();
        app = new App(config);
        new SlackHandlers(core, api, outbox, recipients, new AgentView(api, dashboard)).register(app);
        try {
            if (settings.mode() == SlackSettings.Mode.HTTP) {
                app.start();
                http = new SlackHttpEndpoint(app, settings.bindAddress(), settings.httpPort(), HTTP_THREADS);
                http.start();
            } else {
                socketMode = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
                socketMode.startAsync();
            }
        } catch (Exception e) {
            close();
            throw new SegbotException("could not connect to Slack (" + settings + "): " + e.getMessage(), e);
        }
    }

    /** The HTTP port actually bound (HTTP mode). */
    public int httpPort() {
        if (http == null) {
            throw new IllegalStateException("not serving HTTP");
        }
        return http.port();
    }

    @Override
    public void close() {
        try {
            if (socketMode != null) {
                socketMode.close();
            }
        } catch (Exception e) {
            // closing a dead websocket may throw; nothing left to release
        }
        if (http != null) {
            http.close();
        }
        if (app != null) {
            app.stop();
        }
    }
}
