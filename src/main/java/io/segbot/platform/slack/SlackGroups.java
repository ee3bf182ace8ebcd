package io.segbot.platform.slack;

import com.slack.api.methods.Methods;
import com.slack.api.methods.response.usergroups.UsergroupsListResponse;
import com.slack.api.model.Usergroup;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which Slack user groups each user belongs to, for permissions granted to a group ({@code S…} ids
 * in {@code permissions:}). One {@code usergroups.list} call with {@code include_users} gives every
 * group with its members (Tier 2, so it is cached): the first lookup waits for it, later ones answer
 * from the cache and refresh it in the background once it is older than {@code maxAge}, so an ack
 * never waits for Slack and a user removed from a group loses its abilities within about
 * {@code maxAge}. When Slack refuses (no {@code usergroups:read} scope) users simply have no groups.
 *
 * <p>Thread-safety: safe from any thread. Blocking: only the very first lookup, at most
 * {@code firstWait}.
 */
final class SlackGroups {
    private static final Logger log = LoggerFactory.getLogger(SlackGroups.class);
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final Duration FIRST_WAIT = Duration.ofSeconds(2);

    private final SlackApi api;
    private final Duration maxAge;
    private final Duration firstWait;
    private final LongSupplier nanos;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Map<String, Set<String>> byUser;
    private volatile long loadedAt;
    private volatile CompletableFuture<Void> first;

    SlackGroups(SlackApi api, Duration maxAge, Duration firstWait, LongSupplier nanos) {
        this.api = api;
        this.maxAge = maxAge;
        this.firstWait = firstWait;
        this.nanos = nanos;
    }

    SlackGroups(SlackApi api) {
        this(api, MAX_AGE, FIRST_WAIT, System::nanoTime);
    }

    /** The user-group ids {@code userId} belongs to, as of the last fetch (at most about maxAge old). */
    Set<String> of(String userId) {
        Map<String, Set<String>> known = byUser;
        if (known == null) {
            known = awaitFirst();
        } else if (nanos.getAsLong() - loadedAt > maxAge.toNanos()) {
            refresh();
        }
        return known.getOrDefault(userId, Set.of());
    }

    private Map<String, Set<String>> awaitFirst() {
        CompletableFuture<Void> loading = refresh();
        try {
            loading.get(firstWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("Slack's user groups are not known yet: {}", e.toString());
        }
        Map<String, Set<String>> known = byUser;
        return known == null ? Map.of() : known;
    }

    /** Starts a fetch unless one is running; returns the running or the new one. */
    CompletableFuture<Void> refresh() {
        if (!refreshing.compareAndSet(false, true)) {
            CompletableFuture<Void> running = first;
            return running != null ? running : CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> fetch = api.call(
                        Methods.USERGROUPS_LIST, null, client -> client.usergroupsList(r -> r.includeUsers(true)))
                .thenAccept(this::store)
                .whenComplete((ok, error) -> {
                    if (error != null) {
                        log.warn("could not read Slack's user groups: {}", error.toString());
                        if (byUser == null) {
                            byUser = Map.of(); // no groups until a fetch succeeds; never wait again
                        }
                        loadedAt = nanos.getAsLong(); // try again after maxAge, not on every request
                    }
                    refreshing.set(false);
                });
        first = fetch;
        return fetch;
    }

    private void store(UsergroupsListResponse response) {
        if (!response.isOk()) {
            if (byUser == null) {
                log.warn(
                        "Slack refused usergroups.list ({}); permissions granted to user groups apply to nobody"
                                + " until the app has the usergroups:read scope",
                        response.getError());
                byUser = Map.of();
            }
            loadedAt = nanos.getAsLong();
            return;
        }
        Map<String, Set<String>> fresh = new HashMap<>();
        if (response.getUsergroups() != null) {
            for (Usergroup group : response.getUsergroups()) {
                if (group.getUsers() == null || group.getDateDelete() != null && group.getDateDelete() > 0) {
                    continue;
                }
                for (String user : group.getUsers()) {
                    fresh.computeIfAbsent(user, u -> new HashSet<>()).add(group.getId());
                }
            }
        }
        fresh.replaceAll((user, groups) -> Set.copyOf(groups));
        byUser = Map.copyOf(fresh);
        loadedAt = nanos.getAsLong();
    }
}
