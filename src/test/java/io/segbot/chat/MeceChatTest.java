package io.segbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.chat.intent.Intent;
import io.segbot.mece.CartAbandonerGenerator;
import io.segbot.mece.CartCsv;
import io.segbot.mece.MeceConfig;
import io.segbot.mecerun.MeceRunRecords;
import io.segbot.mecerun.MeceRunRepository;
import io.segbot.mecerun.MeceService;
import io.segbot.store.Database;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeceChatTest {
    @TempDir
    Path dir;

    @Test
    void cart_abandonment_questions_are_answered_from_the_latest_mece_run() throws Exception {
        try (Database database = Database.inMemory("mece-chat-" + UUID.randomUUID())) {
            ChatFixture fixture = new ChatFixture(database, "At Risk");
            LocalDate asOf = LocalDate.of(2025, 6, 30);
            Path file = dir.resolve("abandoners.csv");
            try (Writer out = Files.newBufferedWriter(file)) {
                CartCsv.write(CartAbandonerGenerator.generate(2_000, 42, asOf, false), out);
            }
            long runId = new MeceService(database, Clock.systemUTC())
                    .run(new MeceService.Request(null, file, asOf, MeceConfig.defaults()))
                    .runId();
            MeceRunRepository repository = new MeceRunRepository(database);
            List<MeceRunRecords.Segment> segments = repository.segments(runId);
            MeceRunRecords.Segment best = segments.get(0);
            ChatReply reply = fixture.engine(Phraser.NONE, dir)
                    .handle(new ChatRequest(
                            "test:mece",
                            "u",
                            "which cart abandoners should we target first?",
                            ChatRequest.Permissions.NONE,
                            null));
            assertThat(reply.intent()).isEqualTo(Intent.CART_ABANDONMENT);
            assertThat(reply.text())
                    .contains(" users in " + segments.size() + " segments. MECE proof: passed")
                    .contains("• `" + best.segment() + "` (`" + best.rule() + "`): " + String.format("%,d", best.size())
                            + " users")
                    .contains("estimated, not measured");
            assertThat(reply.source()).isEqualTo("MECE run " + runId + " · " + file + " · as of 2025-06-30");
            assertThat(reply.grounded()).isTrue();
        }
    }
}
