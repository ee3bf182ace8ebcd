package io.segbot.platform.console;

import io.segbot.bot.Ability;
import io.segbot.bot.Permissions;
import io.segbot.bot.RateLimits;
import io.segbot.bot.Requester;
import java.util.Optional;

/**
 * The console's access policy for a process that serves only the console ({@code segbot chat}):
 * the local user runs segbot on their own machine with their own database, so they may do
 * everything, without rate limits. Other platforms' requesters get nothing here.
 */
public final class LocalOperator implements Permissions, RateLimits {
    @Override
    public boolean allows(Requester requester, Ability ability) {
        return requester.platform().equals(ConsoleOutbox.PLATFORM);
    }

    @Override
    public String refusal(Ability ability) {
        return "Only the console's local user may use this segbot process.";
    }

    @Override
    public Optional<String> tryAcquire(Requester requester, Ability ability) {
        return Optional.empty();
    }
}
