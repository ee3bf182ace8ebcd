package io.segbot.bot;

import io.segbot.bot.message.OutgoingMessage;

/**
 * What a platform's home screen shows (Slack's Home tab): the latest run's segments, recent jobs,
 * schedules and their last outcome, with buttons to run or report. The core builds it from the
 * store; adapters only render it.
 *
 * <p>Thread-safety: safe from any thread. Blocking: reads the store (milliseconds). Nullness: never
 * null.
 */
public interface Dashboard {
    OutgoingMessage home(Requester viewer);
}
