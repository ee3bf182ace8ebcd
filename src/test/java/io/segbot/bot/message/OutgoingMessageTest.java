package io.segbot.bot.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.bot.Address;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutgoingMessageTest {
    private static final Part.Column ID = new Part.Column("customer", Part.Align.LEFT);
    private static final Part.Column SPEND = new Part.Column("spend", Part.Align.RIGHT);

    @Test
    void a_message_with_a_customer_level_file_is_customer_level() {
        Part.Attachment csv =
                new Part.Attachment("champions.csv", "text/csv", "Champions", true, out -> out.write('x'));
        OutgoingMessage message =
                OutgoingMessage.builder().markdown("Here you are").add(csv).build();

        assertThat(message.customerLevel()).isTrue();
        assertThat(OutgoingMessage.text("Revenue: $9,837").customerLevel()).isFalse();
    }

    @Test
    void a_table_row_must_have_one_cell_per_column() {
        assertThatThrownBy(() -> new Part.Table("Top", List.of(ID, SPEND), List.of(List.of("10003"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table 'Top' has 2 columns but a row with 1 cells");
    }

    @Test
    void an_empty_message_and_an_empty_button_row_are_refused() {
        assertThatThrownBy(() -> new OutgoingMessage(List.of())).hasMessage("a message needs at least one part");
        assertThatThrownBy(() -> new Part.Actions(List.of())).hasMessage("a row holds 1 to 5 buttons, got 0");
    }

    @Test
    void parts_keep_their_order_and_the_source_is_found() {
        OutgoingMessage message = OutgoingMessage.builder()
                .heading("Segments")
                .add(new Part.Table("", List.of(ID, SPEND), List.of(List.of("10003", "$318"))))
                .source("run 4, dataset sample, as of 2025-06-30")
                .build();

        assertThat(message.parts())
                .extracting(part -> part.getClass().getSimpleName())
                .containsExactly("Heading", "Table", "SourceLine");
        assertThat(message.source()).map(Part.SourceLine::text).contains("run 4, dataset sample, as of 2025-06-30");
    }

    @Test
    void conversation_keys_are_per_thread_and_blank_threads_mean_none() {
        assertThat(new Address("slack", "C1", "1700000000.000100").conversationKey())
                .isEqualTo("slack:C1:1700000000.000100");
        assertThat(new Address("discord", "42", " ").conversationKey()).isEqualTo("discord:42");
    }
}
