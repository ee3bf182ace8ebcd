package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
    static Fixture fixture;
    static String movement;

    @BeforeAll
    static void render() {
        fixture = new Fixture();
        movement = MarkdownRenderer.render(
                new ReportService(fixture.database)
                        .build(new ReportService.Request(ReportKind.MOVEMENT, fixture.runB, null, null, null)),
                MarkdownRenderer.Dialect.MARKDOWN);
    }

    @AfterAll
    static void close() {
        fixture.database.close();
    }

    @Test
    void text_within_the_limit_is_one_chunk_unchanged() {
        assertThat(MessageSplitter.split(movement, 100_000)).containsExactly(movement);
    }

    @Test
    void joining_the_chunks_gives_back_the_original_for_every_limit() {
        assertThat(movement.length()).isGreaterThan(2_000);
        for (int limit = MessageSplitter.MIN_LIMIT; limit <= 2_100; limit += 7) {
            List<MessageSplitter.Chunk> chunks = MessageSplitter.splitDetailed(movement, limit);
            assertThat(MessageSplitter.join(chunks)).as("limit %d", limit).isEqualTo(movement);
            for (MessageSplitter.Chunk chunk : chunks) {
                assertThat(chunk.text().length()).as("limit %d", limit).isLessThanOrEqualTo(limit);
                assertThat(fenceLines(chunk.text()) % 2)
                        .as("fences balanced at limit %d: %s", limit, chunk.text())
                        .isZero();
            }
        }
    }

    @Test
    void removing_every_fence_line_from_chunks_and_original_leaves_the_same_text() {
        // the "modulo fences" statement, checked without the splitter's own bookkeeping
        for (int limit : new int[] {200, 300, 500, 2_000}) {
            String joined = String.join("", MessageSplitter.split(movement, limit));
            assertThat(withoutFences(joined)).as("limit %d", limit).isEqualTo(withoutFences(movement));
        }
    }

    @Test
    void a_table_cut_by_the_limit_continues_inside_a_reopened_fence() {
        List<String> chunks = MessageSplitter.split(movement, 500);
        int inFence = 0;
        for (String chunk : chunks) {
            // each line of the transition table is monospace in whichever chunk it lands
            boolean open = false;
            for (String line : MessageSplitter.lines(chunk)) {
                if (MessageSplitter.isFence(line)) {
                    open = !open;
                } else if (line.startsWith("Champions    ") || line.startsWith("(entered)")) {
                    assertThat(open).as("table row outside a fence: %s", line).isTrue();
                    inFence++;
                }
            }
        }
        // the transition table's Champions and (entered) rows, and the largest-moves Champions row
        assertThat(inFence).isEqualTo(3);
        assertThat(chunks.stream().filter(c -> c.startsWith("```\n")).count())
                .as("at least one chunk re-opens a fence")
                .isPositive();
    }

    @Test
    void splits_fall_between_blocks_when_a_block_fits_a_chunk() {
        String text = "para one line\n\n" + "x".repeat(20) + "\n\n" + "```\nrow 1\nrow 2\n```\n";
        List<String> chunks = MessageSplitter.split(text, 40);
        assertThat(chunks).containsExactly("para one line\n\n" + "x".repeat(20) + "\n\n", "```\nrow 1\nrow 2\n```\n");
    }

    @Test
    void a_line_longer_than_a_chunk_is_cut_never_dropped_and_never_between_surrogates() {
        String emoji = "\uD83D\uDE00"; // one code point, two chars
        String line = "a".repeat(31) + emoji + "b".repeat(40) + "\n";
        List<MessageSplitter.Chunk> chunks = MessageSplitter.splitDetailed(line, 32);
        assertThat(MessageSplitter.join(chunks)).isEqualTo(line);
        for (MessageSplitter.Chunk chunk : chunks) {
            assertThat(chunk.text().length()).isLessThanOrEqualTo(32);
            assertThat(Character.isHighSurrogate(
                            chunk.text().charAt(chunk.text().length() - 1)))
                    .isFalse();
        }
    }

    @Test
    void a_limit_below_the_minimum_is_refused() {
        assertThatThrownBy(() -> MessageSplitter.split("x", 10)).hasMessageContaining("at least 32, got 10");
    }

    @Test
    void slack_layout_keeps_sections_within_3000_chars_and_50_blocks() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("line ").append(i).append(" of a long report with plenty of text\n\n");
        }
        List<ChatLayout.Message> messages = ChatLayout.messages(text.toString(), PlatformLimits.SLACK);
        StringBuilder joined = new StringBuilder();
        for (ChatLayout.Message message : messages) {
            assertThat(message.sections()).hasSizeLessThanOrEqualTo(50);
            message.sections().forEach(s -> assertThat(s.length()).isLessThanOrEqualTo(3_000));
            message.sections().forEach(joined::append);
        }
        assertThat(joined.toString()).isEqualTo(text.toString());
        // 238,890 chars in sections of at most 3,000 need at least 80 sections: more than one message
        assertThat(text.length()).isEqualTo(238_890);
        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages.get(0).sections()).hasSize(50);
    }

    @Test
    void discord_layout_makes_messages_of_at_most_2000_chars() {
        List<ChatLayout.Message> messages = ChatLayout.messages(movement, PlatformLimits.DISCORD);
        assertThat(messages).hasSizeGreaterThan(1);
        messages.forEach(m -> {
            assertThat(m.sections()).hasSize(1);
            assertThat(m.length()).isLessThanOrEqualTo(2_000);
        });
    }

    static int fenceLines(String text) {
        return (int) MessageSplitter.lines(text).stream()
                .filter(MessageSplitter::isFence)
                .count();
    }

    static String withoutFences(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : MessageSplitter.lines(text)) {
            if (!MessageSplitter.isFence(line)) {
                kept.add(line);
            }
        }
        return String.join("", kept);
    }
}
