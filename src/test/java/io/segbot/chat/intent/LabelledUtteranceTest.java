package io.segbot.chat.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LabelledUtteranceTest {
    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void comments_and_blank_lines_are_skipped_and_line_numbers_kept() {
        var read = LabelledUtterance.read(text("# guide\n\nHELP\twhat can you do?\nFORGET\treset\n"), "t");
        assertThat(read)
                .containsExactly(
                        new LabelledUtterance(Intent.HELP, "what can you do?", 3),
                        new LabelledUtterance(Intent.FORGET, "reset", 4));
    }

    @Test
    void an_unknown_label_names_the_file_line_and_label() {
        assertThatThrownBy(() -> LabelledUtterance.read(text("HELP\thi\nGREETING\thello\n"), "x.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.tsv:2")
                .hasMessageContaining("'GREETING'");
    }

    @Test
    void a_line_without_a_tab_is_rejected_with_its_text() {
        assertThatThrownBy(() -> LabelledUtterance.read(text("HELP what can you do\n"), "x.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.tsv:1")
                .hasMessageContaining("HELP what can you do");
    }
}
