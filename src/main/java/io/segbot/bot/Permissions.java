package io.segbot.bot;

/**
 * Who may do what, one policy for every platform (allow-lists of user ids, Slack user-group ids and
 * Discord role ids, from the configuration).
 *
 * <p>Thread-safety: immutable, safe from any thread. Blocking: never. Nullness: no null arguments.
 */
public interface Permissions {
    boolean allows(Requester requester, Ability ability);

    /**
     * One polite line for a refusal: which ability is missing and who grants it, e.g. "You need the
     * export ability for that; an admin grants it in bot-config/segbot.yaml (permissions.export)."
     */
    String refusal(Ability ability);
}
