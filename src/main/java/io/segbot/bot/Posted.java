package io.segbot.bot;

import java.util.Objects;

/**
 * A message a platform accepted, so that it can be replaced later (progress → result).
 *
 * @param messageId the platform's id (Slack {@code ts}, Discord message id, a console file name)
 */
public record Posted(Address address, String messageId) {
    public Posted {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(messageId, "messageId");
    }
}
