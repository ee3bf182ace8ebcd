package io.segbot.bot;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test implementations of the permission and rate-limit ports (runtime-a writes the real ones):
 * abilities granted per user id; at most {@code limit} uses per user and ability.
 */
final class Grants implements Permissions, RateLimits {
    private final Map<String, Set<Ability>> granted = new HashMap<>();
    private final Map<String, AtomicInteger> used = new ConcurrentHashMap<>();
    private final int limit;

    Grants(int limit) {
        this.limit = limit;
    }

    Grants grant(String userId, Ability... abilities) {
        granted.computeIfAbsent(userId, id -> EnumSet.noneOf(Ability.class)).addAll(Set.of(abilities));
        return this;
    }

    @Override
    public boolean allows(Requester requester, Ability ability) {
        return granted.getOrDefault(requester.userId(), Set.of()).contains(ability);
    }

    @Override
    public String refusal(Ability ability) {
        return "You need the " + ability.name().toLowerCase() + " ability for that; an admin grants it.";
    }

    @Override
    public Optional<String> tryAcquire(Requester requester, Ability ability) {
        int uses = used.computeIfAbsent(requester.userId() + "/" + ability, key -> new AtomicInteger())
                .incrementAndGet();
        return uses <= limit ? Optional.empty() : Optional.of("Slow down: at most " + limit + " a minute.");
    }
}
