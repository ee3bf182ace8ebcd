package io.segbot.bot;

import io.segbot.bot.message.OutgoingMessage;

/**
 * The one entry every platform adapter calls: the core parses, checks permissions and rate
 * limits, deduplicates, starts jobs and answers; the adapter only acks with the returned
 * {@link Ack} and later delivers what the core sends through the {@link Outbox} it registered.
 *
 * <p>Thread-safety: safe to call from any number of adapter threads. Blocking: returns within
 * milliseconds (never waits for an answer, a job or the model); all work continues on the core's
 * executors. Nullness: no argument or result is null.
 */
public interface BotPort {
    /** A mention or a direct message: a question in plain words. */
    Ack message(Inbound message);

    /** A {@code /segbot …} command line (the text after the command name). */
    Ack command(Inbound command);

    /**
     * A button click.
     *
     * @param actionId one of {@link io.segbot.bot.message.Part.Actions}' ids
     * @param click its {@code text} is the button's payload
     */
    Ack action(String actionId, Inbound click);

    /**
     * Values for a command option while the user types it (Discord's autocomplete), best first, at
     * most 25; {@code typed} may be empty. Never throws; the default suggests nothing.
     */
    default java.util.List<String> suggest(Suggestion kind, String typed) {
        return java.util.List.of();
    }

    /**
     * What a platform's home screen shows (Slack's Home tab), read live each time it is asked for.
     * The default, for ports without a store, only points to the help.
     */
    default Dashboard dashboard() {
        return viewer ->
                OutgoingMessage.text("Ask me about your customers, or type `/segbot help` in any channel I'm in.");
    }
}
