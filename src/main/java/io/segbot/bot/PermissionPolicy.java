package io.segbot.bot;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one permission policy for every platform: each {@link Ability} has a {@link Grant}. Holding
 * {@link Ability#ADMIN} implies every other ability. The console's local user (platform
 * {@code console}) is the operator of the machine and may do everything.
 *
 * @param grants one grant per ability; an ability left out is granted to nobody
 * @param source where an admin changes the grants, named in refusals (e.g. {@code
 *     bot-config/segbot.yaml})
 */
public record PermissionPolicy(Map<Ability, Grant> grants, String source) implements Permissions {
    public static final String CONSOLE = "console";

    public PermissionPolicy {
        Objects.requireNonNull(source, "source");
        EnumMap<Ability, Grant> complete = new EnumMap<>(Ability.class);
        for (Ability ability : Ability.values()) {
            complete.put(ability, grants.getOrDefault(ability, Grant.toNobody()));
        }
        grants = Map.copyOf(complete);
    }

    /** Everyone may ask; nothing else until configured. */
    public static PermissionPolicy defaults(String source) {
        return new PermissionPolicy(Map.of(Ability.ASK, Grant.toEveryone()), source);
    }

    @Override
    public boolean allows(Requester requester, Ability ability) {
        Objects.requireNonNull(ability, "ability");
        if (CONSOLE.equals(requester.platform())) {
            return true;
        }
        return grants.get(ability).covers(requester)
                || grants.get(Ability.ADMIN).covers(requester);
    }

    @Override
    public String refusal(Ability ability) {
        String name = keyOf(ability);
        return "Sorry, that needs the " + name + " ability, which you don't have yet; an admin grants it in " + source
                + " (permissions." + name + ").";
    }

    /** The configuration key of an ability: {@code ask}, {@code run}, {@code export}, ... */
    public static String keyOf(Ability ability) {
        return ability.name().toLowerCase(java.util.Locale.ROOT);
    }
}
