package io.segbot.platform.slack;

import com.slack.api.methods.SlackApiTextResponse;
import io.segbot.bot.DeliveryException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for the rate-limit-aware async client (it queues per channel and re-sends after
 * {@code Retry-After}) and turns Slack's error codes into {@link DeliveryException}s the core can
 * act on. Messages name the channel and Slack's error code, never a token or a request.
 */
final class SlackCalls {
    /** Slack refused the blocks themselves: the content is re-sent as plain text. */
    static final Set<String> BLOCKS_REFUSED = Set.of("invalid_blocks", "msg_blocks_too_long", "invalid_blocks_format");

    private final Duration timeout;

    SlackCalls(Duration timeout) {
        this.timeout = timeout;
    }

    /** The response, ok or not; throws only when Slack could not be reached or kept rate-limiting. */
    <T extends SlackApiTextResponse> T await(CompletableFuture<T> call, String method) {
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(false);
            throw new DeliveryException(
                    DeliveryException.Reason.RATE_LIMITED,
                    "Slack did not take " + method + " within " + timeout.toSeconds()
                            + " s (rate limited or unreachable)");
        } catch (ExecutionException e) {
            throw new DeliveryException(DeliveryException.Reason.OTHER, "Slack could not be reached for " + method);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(DeliveryException.Reason.OTHER, "interrupted while calling Slack " + method);
        }
    }

    /** The response if Slack said ok, otherwise the matching {@link DeliveryException}. */
    <T extends SlackApiTextResponse> T ok(CompletableFuture<T> call, String method, String channel) {
        T response = await(call, method);
        if (!response.isOk()) {
            throw refusal(response.getError(), channel);
        }
        return response;
    }

    static boolean blocksRefused(SlackApiTextResponse response) {
        return !response.isOk() && BLOCKS_REFUSED.contains(response.getError());
    }

    static DeliveryException refusal(String error, String channel) {
        String code = error == null ? "unknown_error" : error;
        return switch (code) {
                // A private channel the bot is not in looks like a missing channel to it.
            case "not_in_channel", "channel_not_found" -> new DeliveryException(
                    DeliveryException.Reason.NOT_IN_CHANNEL,
                    "I'm not in channel " + channel + " (or can't see it): invite me with /invite @segbot");
            case "is_archived" -> new DeliveryException(
                    DeliveryException.Reason.NO_SUCH_CHANNEL, "channel " + channel + " is archived");
            case "missing_scope",
                    "not_allowed_token_type",
                    "restricted_action",
                    "cannot_dm_bot",
                    "ekm_access_denied" -> new DeliveryException(
                    DeliveryException.Reason.MISSING_PERMISSION,
                    "Slack does not let me post in " + channel + " (" + code + ")");
            case "ratelimited" -> new DeliveryException(
                    DeliveryException.Reason.RATE_LIMITED, "Slack kept rate-limiting posts to " + channel);
            default -> new DeliveryException(
                    DeliveryException.Reason.OTHER, "Slack refused the message to " + channel + " (" + code + ")");
        };
    }
}
