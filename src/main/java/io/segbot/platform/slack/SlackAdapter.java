package io.segbot.platform.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import io.segbot.SegbotException;
import io.segbot.bot.BotPort;
import io.segbot.bot.Dashboard;
import io.segbot.bot.Outbox;
import io.segbot.bot.PlatformAdapter;
import io.segbot.bot.Secrets;
import io.segbot.bot.SlackSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Slack app as {@code segbot serve} starts it: its {@link Outbox} first (the core registers
 * it), then {@link #start} checks the bot token with {@code auth.test} and connects over Socket Mode
 * or serves HTTP Events mode. Bolt types stay in this package.
 *
 * <p>Thread-safety: lifecycle methods from one thread; the outbox from any.
 */
public final class SlackAdapter implements PlatformAdapter {
    static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);
    private static final int HTTP_THREADS = 32;

    private final Optional<SlackConnection> connection;
    private final Dashboard dashboard; // null: the core's
    private final Slack slack;
    private final SlackApi api;
    private final Recipients recipients = new Recipients();
    private final SlackOutbox outbox;
    private App app;
    private SlackHttpEndpoint http;
    private SocketModeApp socketMode;

    /**
     * @param env for {@code SLACK_API_URL} (not a secret: the Web API base, for a staging fake)
     * @param dashboard what the Home tab shows; null for the core's live dashboard ({@link BotPort#dashboard})
     */
    public SlackAdapter(SlackSettings settings, Secrets secrets, Map<String, String> env, Dashboard dashboard) {
        this(SlackConnection.resolve(settings, secrets, env), CALL_TIMEOUT, dashboard);
    }

    SlackAdapter(SlackConnection connection, Duration callTimeout, Dashboard dashboard) {
        this(Optional.of(connection), callTimeout, dashboard);
    }

    private SlackAdapter(Optional<SlackConnection> connection, Duration callTimeout, Dashboard dashboard) {
        this.connection = connection;
        this.dashboard = dashboard;
        if (connection.isPresent()) {
            this.slack = Slack.getInstance(config(connection.get()));
            this.api = new SlackApi(slack.methods(connection.get().botToken()));
            this.outbox = new SlackOutbox(api, new SlackCalls(callTimeout), recipients);
        } else {
            this.slack = null;
            this.api = null;
            this.outbox = null;
        }
    }

    private static SlackConfig config(SlackConnection connection) {
        SlackConfig config = new SlackConfig();
        config.setProxyUrl(null); // SlackConfig reads proxy variables; the Web API URL is explicit
        config.setMethodsEndpointUrlPrefix(connection.apiUrl());
        return config;
    }

    @Override
    public String platform() {
        return SlackOutbox.PLATFORM;
    }

    @Override
    public boolean configured() {
        return connection.isPresent();
    }

    @Override
    public List<String> requiredVariables() {
        return List.of(
                "SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode)",
                "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode)");
    }

    @Override
    public Outbox outbox() {
        if (outbox == null) {
            throw new IllegalStateException("Slack is not configured: set " + requiredVariables());
        }
        return outbox;
    }

    /**
     * Checks the token, then connects.
     *
     * @throws SegbotException when Slack cannot be reached or refuses the token (the message holds
     *     Slack's error code, never the token)
     */
    @Override
    public String start(BotPort core) {
        SlackConnection settings = connection.orElseThrow(() -> new IllegalStateException("Slack is not configured"));
        String botName = checkToken(settings);
        app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                .requestVerificationEnabled(settings.mode() == SlackConnection.Mode.HTTP)
                .authTestCacheEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                .allEventsApiAutoAckEnabled(true)
                .build());
        SlackGroups groups = new SlackGroups(api);
        awaitQuietly(groups.refresh(), SlackGroups.FIRST_WAIT); // so the first requests know their groups
        new SlackHandlers(
                        core,
                        api,
                        outbox,
                        recipients,
                        new AgentView(api, dashboard != null ? dashboard : core.dashboard()),
                        groups)
                .register(app);
        try {
            if (settings.mode() == SlackConnection.Mode.HTTP) {
                app.start();
                http = new SlackHttpEndpoint(app, settings.bindAddress(), settings.httpPort(), HTTP_THREADS);
                http.start();
                return "slack: serving HTTP events on http://" + settings.bindAddress() + ":" + http.port()
                        + SlackHttpEndpoint.PATH + " as @" + botName;
            }
            socketMode = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
            return "slack: connected (Socket Mode) as @" + botName;
        } catch (Exception e) {
            close();
            throw new SegbotException("could not connect to Slack (" + settings + "): " + e.getMessage(), e);
        }
    }

    private static void awaitQuietly(java.util.concurrent.Future<?> loading, Duration wait) {
        try {
            loading.get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // SlackGroups logged it; requests then see no groups until a later fetch succeeds
        }
    }

    private String checkToken(SlackConnection settings) {
        AuthTestResponse auth;
        try {
            auth = slack.methods(settings.botToken()).authTest(r -> r);
        } catch (Exception e) {
            throw new SegbotException("could not reach Slack at " + settings.apiUrl() + ": " + e.getMessage(), e);
        }
        if (!auth.isOk()) {
            throw new SegbotException("Slack refused SLACK_BOT_TOKEN (" + auth.getError()
                    + "): copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page");
        }
        return auth.getUser();
    }

    /** The HTTP port actually bound (HTTP mode). */
    public int httpPort() {
        if (http == null) {
            throw new IllegalStateException("not serving HTTP");
        }
        return http.port();
    }

    @Override
    public void stopReceiving() {
        if (http != null) {
            http.close();
        }
        if (socketMode != null) {
            try {
                socketMode.stop();
            } catch (Exception e) {
                // a websocket that is already gone cannot be stopped again
            }
        }
    }

    @Override
    public void close() {
        stopReceiving();
        try {
            if (socketMode != null) {
                socketMode.close();
            }
        } catch (Exception e) {
            // closing a dead websocket may throw; nothing is left to release
        }
        if (app != null) {
            try {
                app.stop();
            } catch (Exception e) {
                // Bolt's stop only releases its own executors
            }
        }
        if (api != null) {
            api.close();
        }
    }
}
