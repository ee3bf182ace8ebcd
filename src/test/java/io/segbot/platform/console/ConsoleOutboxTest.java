package io.segbot.platform.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.bot.Address;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleOutboxTest {
    @TempDir
    Path dir;

    List<String> printed = new ArrayList<>();

    @Test
    void control_characters_from_data_are_shown_escaped_never_sent_to_the_terminal() {
        ConsoleOutbox outbox = new ConsoleOutbox(dir, printed::add);
        outbox.post(
                new Address("console", "local", null),
                OutgoingMessage.builder()
                        .markdown("Customer `\u001b[2J\u001b]0;pwned\u0007C042` bought **3** times")
                        .add(new Part.Table(
                                "Top",
                                List.of(new Part.Column("id", Part.Align.LEFT)),
                                List.of(List.of("\u001b[31mred\u202Egnp.exe"))))
                        .build());
        assertThat(printed).hasSize(1);
        String text = printed.get(0);
        assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202E");
        assertThat(text)
                .contains("Customer \\u001B[2J\\u001B]0;pwned\\u0007C042 bought 3 times")
                .contains("\\u001B[31mred\\u202Egnp.exe");
    }

    @Test
    void files_and_charts_are_written_to_the_folder_and_named_in_the_text() throws Exception {
        ConsoleOutbox outbox = new ConsoleOutbox(dir, printed::add);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        outbox.postPrivately(
                "me",
                OutgoingMessage.builder()
                        .heading("Export")
                        .add(new Part.Image("share.png", "Share", "Champions 63 %", png))
                        .add(new Part.Attachment(
                                "../../escape me.csv",
                                "text/csv",
                                "customers",
                                true,
                                out -> out.write("customer_id\nC1\n".getBytes(StandardCharsets.UTF_8))))
                        .build());
        String text = printed.get(0);
        assertThat(text).startsWith("segbot (to you only)> Export");
        List<Path> files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("share.png", ".._.._escape_me.csv");
        assertThat(files).allMatch(p -> p.startsWith(dir));
        Path csv = files.stream()
                .filter(p -> p.toString().endsWith(".csv"))
                .findFirst()
                .orElseThrow();
        assertThat(Files.readString(csv)).isEqualTo("customer_id\nC1\n");
        assertThat(text).contains("file: " + csv.toAbsolutePath()).contains("(Champions 63 %)");
    }
}
