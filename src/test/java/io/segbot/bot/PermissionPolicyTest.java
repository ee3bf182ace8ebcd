package io.segbot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PermissionPolicyTest {
    private static final String SOURCE = "bot-config/segbot.yaml";

    private static final Requester SLACK_STRANGER = Requester.of("slack", "U999");
    private static final Requester DISCORD_STRANGER = Requester.of("discord", "111");
    private static final Requester CONSOLE = Requester.of("console", "maria");

    /** run: Slack user U1, Slack group S1, Discord role 42; export: Discord user 777; admin: U_ADMIN. */
    private static final PermissionPolicy CONFIGURED = new PermissionPolicy(
            Map.of(
                    Ability.ASK, Grant.toEveryone(),
                    Ability.RUN, new Grant(false, Set.of("U1"), Set.of("S1"), Set.of("42")),
                    Ability.EXPORT, Grant.toUsers("777"),
                    Ability.ADMIN, Grant.toUsers("U_ADMIN")),
            SOURCE);

    @ParameterizedTest
    @EnumSource(Ability.class)
    void by_default_everyone_may_ask_and_nothing_else(Ability ability) {
        PermissionPolicy defaults = PermissionPolicy.defaults(SOURCE);

        boolean expected = ability == Ability.ASK;
        assertThat(defaults.allows(SLACK_STRANGER, ability)).isEqualTo(expected);
        assertThat(defaults.allows(DISCORD_STRANGER, ability)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Ability.class)
    void the_console_user_may_do_everything_even_when_nothing_is_granted(Ability ability) {
        PermissionPolicy nobody = new PermissionPolicy(Map.of(), SOURCE);

        assertThat(nobody.allows(CONSOLE, ability)).isTrue();
        assertThat(nobody.allows(SLACK_STRANGER, ability)).isFalse();
    }

    @Test
    void run_is_granted_by_user_id_slack_group_or_discord_role() {
        assertThat(CONFIGURED.allows(Requester.of("slack", "U1"), Ability.RUN)).isTrue();
        assertThat(CONFIGURED.allows(new Requester("slack", "U2", "bo", Set.of("S0", "S1")), Ability.RUN))
                .isTrue();
        assertThat(CONFIGURED.allows(new Requester("discord", "222", "al", Set.of("42")), Ability.RUN))
                .isTrue();
        assertThat(CONFIGURED.allows(SLACK_STRANGER, Ability.RUN)).isFalse();
        assertThat(CONFIGURED.allows(new Requester("discord", "222", "al", Set.of("43")), Ability.RUN))
                .isFalse();
    }

    @Test
    void a_group_id_counts_only_on_its_own_platform() {
        // a Discord role id that happens to equal a Slack group id grants nothing on Slack, and back
        assertThat(CONFIGURED.allows(new Requester("slack", "U2", null, Set.of("42")), Ability.RUN))
                .isFalse();
        assertThat(CONFIGURED.allows(new Requester("discord", "222", null, Set.of("S1")), Ability.RUN))
                .isFalse();
    }

    @Test
    void an_ability_is_granted_only_where_listed() {
        Requester exporter = Requester.of("discord", "777");

        assertThat(CONFIGURED.allows(exporter, Ability.EXPORT)).isTrue();
        assertThat(CONFIGURED.allows(exporter, Ability.ASK)).isTrue();
        assertThat(CONFIGURED.allows(exporter, Ability.RUN)).isFalse();
        assertThat(CONFIGURED.allows(exporter, Ability.SCHEDULE)).isFalse();
        assertThat(CONFIGURED.allows(exporter, Ability.ADMIN)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Ability.class)
    void admin_holds_every_ability(Ability ability) {
        assertThat(CONFIGURED.allows(Requester.of("slack", "U_ADMIN"), ability)).isTrue();
    }

    @Test
    void ask_can_be_withdrawn_from_everyone() {
        PermissionPolicy closed = new PermissionPolicy(Map.of(Ability.ASK, Grant.toUsers("U1")), SOURCE);

        assertThat(closed.allows(Requester.of("slack", "U1"), Ability.ASK)).isTrue();
        assertThat(closed.allows(SLACK_STRANGER, Ability.ASK)).isFalse();
    }

    @Test
    void a_refusal_names_the_ability_and_where_an_admin_grants_it() {
        assertThat(CONFIGURED.refusal(Ability.EXPORT))
                .isEqualTo("Sorry, that needs the export ability, which you don't have yet; an admin grants"
                        + " it in bot-config/segbot.yaml (permissions.export).");
        assertThat(CONFIGURED.refusal(Ability.SCHEDULE)).contains("(permissions.schedule)");
    }
}
