package io.segbot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.chat.Phraser;
import io.segbot.store.Database;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotCoreTest {
    static final Address CHANNEL = new Address("slack", "C1", null);
    static final Requester MARIA = Requester.of("slack", "U1");
    static final Requester GUEST = Requester.of("slack", "U2");

    @TempDir
    Path dir;

    Database database;
    RecordingOutbox outbox = new RecordingOutbox("slack");
    Grants grants = new Grants(100)
            .grant("U1", Ability.ASK, Ability.RUN, Ability.EXPORT, Ability.SCHEDULE)
            .grant("U2", Ability.ASK);
    BotCore core;

    @BeforeEach
    void setUp() throws Exception {
        database = Database.inMemory("bot-" + UUID.randomUUID());
        BotFixture.seed(database, dir);
        core = BotFixture.core(database, Phraser.NONE, dir, grants);
        core.register(outbox);
        core.start();
    }

    @AfterEach
    void tearDown() {
        core.close();
        database.close();
    }

    static Inbound inbound(Requester who, String text) {
        return new Inbound(UUID.randomUUID().toString(), who, CHANNEL, text);
    }

    static String immediate(Ack ack) {
        return ack.immediate().map(RecordingOutbox::text).orElse("");
    }

    @Test
    void a_question_is_answered_in_its_channel_with_its_source_and_feedback_buttons() throws Exception {
        Ack ack = core.message(inbound(GUEST, "how many customers do we have?"));
        assertThat(ack.status()).isEqualTo(Ack.Status.ACCEPTED);
        String answer = outbox.await(line -> line.startsWith("post C1: "));
        assertThat(answer)
                .contains("400")
                .contains("source run 1 · dataset shop")
                .contains("buttons [Helpful, Not helpful]");
    }

    @Test
    void a_retried_event_is_acknowledged_as_a_duplicate_and_answered_once() throws Exception {
        Inbound question = inbound(GUEST, "how many customers do we have?");
        assertThat(core.message(question).status()).isEqualTo(Ack.Status.ACCEPTED);
        assertThat(core.message(question).status()).isEqualTo(Ack.Status.DUPLICATE);
        outbox.await(line -> line.startsWith("post C1: "));
        Inbound command = inbound(MARIA, "datasets");
        assertThat(core.command(command).status()).isEqualTo(Ack.Status.ACCEPTED);
        assertThat(core.command(command).status()).isEqualTo(Ack.Status.DUPLICATE);
    }

    @Test
    void a_malformed_command_gets_its_usage_line_and_nothing_else() {
        Ack ack = core.command(inbound(MARIA, "run --k x"));
        assertThat(ack.status()).isEqualTo(Ack.Status.REFUSED);
        assertThat(immediate(ack))
                .isEqualTo("--k takes a number of segments from 2 to 20 or 'auto', not 'x'. Usage:"
                        + " `/segbot run [DATASET] [--as-of YYYY-MM-DD] [--k N|auto]`");
        assertThat(outbox.log()).isEmpty();
    }

    @Test
    void a_missing_ability_is_refused_politely_naming_it() {
        Ack ack = core.command(inbound(GUEST, "run"));
        assertThat(ack.status()).isEqualTo(Ack.Status.REFUSED);
        assertThat(immediate(ack)).isEqualTo("You need the run ability for that; an admin grants it.");
        assertThat(immediate(core.command(inbound(GUEST, "export At Risk"))))
                .isEqualTo("You need the export ability for that; an admin grants it.");
    }

    @Test
    void the_rate_limit_refuses_the_use_past_the_limit() throws Exception {
        grants = new Grants(1).grant("U2", Ability.ASK);
        core.close();
        core = BotFixture.core(database, Phraser.NONE, dir, grants);
        core.register(outbox);
        assertThat(core.message(inbound(GUEST, "how many customers?")).status()).isEqualTo(Ack.Status.ACCEPTED);
        Ack second = core.message(inbound(GUEST, "how many customers?"));
        assertThat(second.status()).isEqualTo(Ack.Status.REFUSED);
        assertThat(immediate(second)).isEqualTo("Slow down: at most 1 a minute.");
    }

    @Test
    void a_run_posts_its_progress_line_once_then_replaces_it_by_the_result() throws Exception {
        Ack ack = core.command(inbound(MARIA, "run shop --k 4"));
        assertThat(immediate(ack)).isEqualTo("Job 1 queued: `run shop --k 4`.");
        String progress = outbox.await(line -> line.startsWith("post C1: Job 1"));
        assertThat(progress).isEqualTo("post C1: Job 1 `run shop --k 4`: starting, 0:00");
        String result = outbox.await(line -> line.startsWith("update C1#"));
        while (!result.contains("Analysis run")) {
            result = outbox.await(line -> line.startsWith("update C1#"));
        }
        assertThat(result)
                .startsWith("update C1#1: Analysis run 2 is ready | **400** customers")
                .contains("**4** k-means segments")
                .contains("buttons [Re-run, Export CSV, Name segments]")
                .contains("source run 2 · dataset shop");
        assertThat(outbox.log()).filteredOn(line -> line.startsWith("post ")).hasSize(1);
        OutgoingMessage last = outbox.messages().get(outbox.messages().size() - 1);
        assertThat(last.partsOf(Part.Actions.class).get(0).actions())
                .extracting(Part.Action::payload)
                .containsExactly("run shop --k 4", "run 2", "name 2");
    }

    @Test
    void an_export_goes_only_privately_to_the_requester() throws Exception {
        Ack ack = core.command(inbound(MARIA, "export cluster 0"));
        assertThat(ack.status()).isEqualTo(Ack.Status.ACCEPTED);
        String file = outbox.await(line -> line.startsWith("private U1: "));
        assertThat(file).contains("file run-1-cluster-0.csv (customer-level)");
        outbox.await(line -> line.contains("went to you privately"));
        assertThat(outbox.log())
                .filteredOn(line -> !line.startsWith("private "))
                .noneMatch(line -> line.contains("customer-level"));
    }

    @Test
    void an_unknown_segment_is_refused_with_the_runs_segments() {
        Ack ack = core.command(inbound(MARIA, "export Platinum"));
        assertThat(ack.status()).isEqualTo(Ack.Status.REFUSED);
        assertThat(immediate(ack))
                .startsWith("Run 1 has no segment 'Platinum'; its segments are ")
                .contains("cluster 0");
    }

    @Test
    void help_lists_every_command_with_the_platforms_prefix() {
        String help = immediate(core.command(inbound(GUEST, "help")));
        assertThat(help)
                .contains("`/segbot run [DATASET] [--as-of YYYY-MM-DD] [--k N|auto]`")
                .contains("`/segbot cancel JOB`");
        assertThat(immediate(core.command(inbound(GUEST, "help cancel"))))
                .isEqualTo("`/segbot cancel JOB` — stop a running job between steps.");
    }

    @AfterAll
    static void done() {}
}
