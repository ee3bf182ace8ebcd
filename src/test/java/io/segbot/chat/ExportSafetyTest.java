package io.segbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, "Exports by keyword": explicit, confirmed for the whole base, full path, never overwriting. */
class ExportSafetyTest {
    @TempDir
    Path exports;

    Database database;
    ChatEngine engine;

    @BeforeEach
    void setUp() {
        database = Database.inMemory("exports-" + UUID.randomUUID());
        engine = new ChatFixture(database, "Sleepers").engine(Phraser.NONE, exports);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    ChatReply ask(String text) {
        return engine.handle(new ChatRequest("test:exports", "admin", text, ChatRequest.Permissions.ALL, null));
    }

    @Test
    void whole_base_export_asks_for_confirmation_and_writes_nothing() throws IOException {
        ChatReply reply = ask("export all customers");
        assertThat(reply.attachment()).isNull();
        assertThat(reply.text())
                .startsWith("That would export every customer of run 1 (100 customers) to a CSV file.")
                .contains("export all customers, confirmed");
        assertThat(files()).isEmpty();
    }

    @Test
    void whole_base_export_confirmed_writes_a_new_file_named_by_its_full_path() throws IOException {
        ChatReply reply = ask("export all customers, confirmed");
        assertThat(reply.attachment()).isAbsolute().exists();
        assertThat(reply.text())
                .contains(reply.attachment().getFileName().toString())
                .contains(" in `" + exports.toAbsolutePath() + "`");
        assertThat(Files.readAllLines(reply.attachment())).hasSize(4); // header + the fixture's 3 stored customers
    }

    @Test
    void never_overwrite_two_exports_of_one_segment_are_two_files() throws IOException {
        ChatReply first = ask("export the champions as csv");
        ChatReply second = ask("export the champions as csv");
        assertThat(first.attachment()).exists();
        assertThat(second.attachment()).exists().isNotEqualTo(first.attachment());
        assertThat(second.text()).startsWith("Exported 1 customers of Champions to `run-1-rfm-champions-");
        assertThat(files()).hasSize(2);
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(exports)) {
            return list.toList();
        }
    }
}
