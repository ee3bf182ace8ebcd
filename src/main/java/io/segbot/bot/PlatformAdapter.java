package io.segbot.bot;

import java.util.List;

/**
 * One chat platform as {@code segbot serve} starts it: Slack, Discord, the console. The application
 * constructs each adapter by hand with its settings and {@link Secrets}, then for every adapter
 * that is {@link #configured()}: registers {@link #outbox()} with the core, calls {@link #start},
 * prints the returned status line. On shutdown it calls {@link #stopReceiving()} first (running
 * jobs may still deliver through the outbox), waits for the jobs, then {@link #close()}.
 *
 * <p>Thread-safety: the lifecycle methods are called from one thread; {@link #outbox()} is used
 * from many. Blocking: {@link #start} may block while connecting (bounded by the adapter's own
 * timeout); the others return promptly. Nullness: no null arguments or results.
 */
public interface PlatformAdapter extends AutoCloseable {
    /** "slack", "discord" or "console", the same as {@link Outbox#platform()}. */
    String platform();

    /** Whether its credentials are in the environment, so {@code serve} should start it. */
    boolean configured();

    /**
     * The environment variables that would make it configured, e.g. {@code SLACK_BOT_TOKEN and
     * SLACK_APP_TOKEN (Socket Mode)}; {@code serve} lists them when no platform is configured.
     */
    List<String> requiredVariables();

    /** Where its answers go; available before {@link #start} so the core can register it first. */
    Outbox outbox();

    /**
     * Connects and starts passing events to {@code core}.
     *
     * @return one status line for the console, e.g. "slack: connected (Socket Mode) as @segbot"
     * @throws io.segbot.SegbotException when it cannot connect (the message names the fix and never
     *     holds a token)
     */
    String start(BotPort core);

    /** Stops taking new events; the outbox keeps delivering. Idempotent. */
    void stopReceiving();

    /** Disconnects and releases its threads. Idempotent; never throws. */
    @Override
    void close();
}
