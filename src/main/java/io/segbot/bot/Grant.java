package io.segbot.bot;

import java.util.Objects;
import java.util.Set;

/**
 * Who holds one ability: everyone, or the listed platform user ids, Slack user-group ids and Discord
 * role ids. A user holds the ability when any one list names them.
 *
 * @param everyone every user of the workspace or server holds it
 * @param users platform user ids (Slack {@code U…}/{@code W…}, Discord snowflakes, the console's user)
 * @param slackGroups Slack user-group ids ({@code S…})
 * @param discordRoles Discord role ids (snowflakes)
 */
public record Grant(boolean everyone, Set<String> users, Set<String> slackGroups, Set<String> discordRoles) {
    public Grant {
        users = Set.copyOf(users);
        slackGroups = Set.copyOf(slackGroups);
        discordRoles = Set.copyOf(discordRoles);
    }

    public static Grant toEveryone() {
        return new Grant(true, Set.of(), Set.of(), Set.of());
    }

    public static Grant toNobody() {
        return new Grant(false, Set.of(), Set.of(), Set.of());
    }

    public static Grant toUsers(String... userIds) {
        return new Grant(false, Set.of(userIds), Set.of(), Set.of());
    }

    /** Whether this grant names the requester (groups count only on their own platform). */
    public boolean covers(Requester requester) {
        Objects.requireNonNull(requester, "requester");
        if (everyone || users.contains(requester.userId())) {
            return true;
        }
        Set<String> groups =
                switch (requester.platform()) {
                    case "slack" -> slackGroups;
                    case "discord" -> discordRoles;
                    default -> Set.of();
                };
        return requester.groupIds().stream().anyMatch(groups::contains);
    }
}
