package io.segbot.platform.discord;

import io.segbot.bot.DeliveryException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.RestAction;

/**
 * Runs JDA requests for the outbox: waits at most the call timeout (JDA itself queues and retries
 * on rate limits) and turns Discord's refusals into {@link DeliveryException}s the core acts on.
 */
final class DiscordCalls {
    static final int UNKNOWN_CHANNEL = 10003;
    static final int MISSING_ACCESS = 50001;
    static final int MISSING_PERMISSIONS = 50013;
    /** What Discord answers for an interaction token it no longer knows. */
    static final java.util.Set<Integer> HOOK_GONE = java.util.Set.of(10015, 10062, 50027);

    private final Duration timeout;

    DiscordCalls(Duration timeout) {
        this.timeout = timeout;
    }

    <T> T await(RestAction<T> action, String where) {
        try {
            return action.submit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(DeliveryException.Reason.OTHER, "interrupted while sending to " + where, e);
        } catch (TimeoutException e) {
            throw new DeliveryException(
                    DeliveryException.Reason.OTHER, "Discord did not answer within " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw refusal(e.getCause(), where);
        } catch (InsufficientPermissionException e) {
            throw refusal(e, where);
        }
    }

    /** Whether Discord refused because the interaction's token is unknown or dead (Unknown Webhook/Interaction, Invalid Webhook Token). */
    static boolean hookGone(DeliveryException failure) {
        return failure.getCause() instanceof ErrorResponseException error && HOOK_GONE.contains(error.getErrorCode());
    }

    static DeliveryException refusal(Throwable failure, String where) {
        if (failure instanceof InsufficientPermissionException missing) {
            return new DeliveryException(
                    DeliveryException.Reason.MISSING_PERMISSION,
                    "I lack the " + missing.getPermission().getName() + " permission in " + where
                            + ": give it to segbot's role there",
                    failure);
        }
        if (failure instanceof ErrorResponseException error) {
            return switch (error.getErrorCode()) {
                case UNKNOWN_CHANNEL -> new DeliveryException(
                        DeliveryException.Reason.NO_SUCH_CHANNEL,
                        "Discord knows no channel " + where
                                + " (10003 Unknown Channel): it was deleted, or the id is wrong",
                        failure);
                case MISSING_ACCESS -> new DeliveryException(
                        DeliveryException.Reason.NOT_IN_CHANNEL,
                        "I can't see channel " + where
                                + " (50001 Missing Access): give segbot's role View Channel there",
                        failure);
                case MISSING_PERMISSIONS -> new DeliveryException(
                        DeliveryException.Reason.MISSING_PERMISSION,
                        "I may not post in " + where + " (50013 Missing Permissions): give segbot's role Send Messages,"
                                + " Embed Links and Attach Files there",
                        failure);
                default -> new DeliveryException(
                        DeliveryException.Reason.OTHER,
                        "Discord refused a message for " + where + " (" + error.getErrorCode() + " "
                                + error.getMeaning() + ")",
                        failure);
            };
        }
        return new DeliveryException(
                DeliveryException.Reason.OTHER, "could not send to " + where + ": " + failure, failure);
    }
}
