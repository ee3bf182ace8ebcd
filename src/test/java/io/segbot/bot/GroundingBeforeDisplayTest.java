package io.segbot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.chat.Fact;
import io.segbot.chat.Phraser;
import io.segbot.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing a model wrote reaches a platform before the grounding check passed it, not even for a moment. */
class GroundingBeforeDisplayTest {
    static final String LIE = "$987,654";

    /** Repeats the draft's first line, then invents a figure, streaming word by word. */
    static final class LyingModel implements Phraser {
        @Override
        public Optional<String> phrase(String question, String draft, List<Fact> facts, Consumer<String> tokens) {
            String text = draft.lines().findFirst().orElse("") + "\nThat makes " + LIE
                    + " of revenue next quarter. Trust me.\n";
            for (String token : text.split("(?<= )")) {
                tokens.accept(token);
            }
            return Optional.of(text);
        }

        @Override
        public String name() {
            return "liar";
        }
    }

    @TempDir
    Path dir;

    Database database;
    BotCore core;
    RecordingOutbox outbox = new RecordingOutbox("slack");

    @BeforeEach
    void setUp() throws Exception {
        database = Database.inMemory("grounding-" + UUID.randomUUID());
        BotFixture.seed(database, dir);
        core = BotFixture.core(database, new LyingModel(), dir, new Grants(100).grant("U1", Ability.ASK));
        outbox.streams = true;
        core.register(outbox);
    }

    @AfterEach
    void tearDown() {
        core.close();
        database.close();
    }

    @Test
    void a_lying_models_number_never_reaches_the_outbox_and_the_checked_template_is_sent() throws Exception {
        Ack ack = core.message(new Inbound(
                "Ev1",
                Requester.of("slack", "U1"),
                new Address("slack", "C1", "T1"),
                "which segment is most" + " profitable?"));
        assertThat(ack.status()).isEqualTo(Ack.Status.ACCEPTED);
        String finished = outbox.await(line -> line.startsWith("finish C1: "));
        List<String> everything = outbox.log();
        assertThat(everything).noneMatch(line -> line.contains("987,654") || line.contains("Trust me"));
        // the first, true sentence was shown while the model was still writing
        // the template's first line: profit questions first say there are no costs (issue 13)
        assertThat(everything.get(0)).startsWith("append C1: ").contains("I rank by revenue instead");
        // the complete answer is the template, whose every figure is a fact
        assertThat(finished).doesNotContain("That makes").contains("source run 1 · dataset shop");
    }
}
