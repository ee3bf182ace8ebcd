package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
    static String report() {
        StringBuilder text = new StringBuilder("# Segments\n_run 1_\n\n## Table\n```\n");
        for (int i = 0; i < 120; i++) {
            text.append(String.format("Segment %03d  customers %5d  revenue $%,9d%n", i, i * 7, i * 1234));
        }
        text.append("```\n\n").append("x".repeat(4_500)).append("\nthe end\n");
        return text.toString();
    }

    @Test
    void every_piece_fits_the_limit_and_nothing_is_lost() {
        String text = report();
        for (int limit : new int[] {MessageSplitter.DISCORD_CONTENT_CHARS, MessageSplitter.SLACK_SECTION_CHARS, 500}) {
            List<String> pieces = MessageSplitter.split(text, limit);
            assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(limit));
            assertThat(rejoin(pieces)).as("limit %d", limit).isEqualTo(text);
        }
    }

    @Test
    void a_table_split_across_pieces_stays_in_code_fences() {
        List<String> pieces = MessageSplitter.split(report(), 500);
        for (String piece : pieces) {
            long fences = piece.lines().filter(l -> l.startsWith("```")).count();
            assertThat(fences % 2).as(piece).isZero();
        }
    }

    @Test
    void pieces_group_into_slack_messages_of_fifty_blocks() {
        List<String> pieces = MessageSplitter.split("line\n".repeat(2_000), 10 * 5);
        List<List<String>> messages = MessageSplitter.messages(pieces, MessageSplitter.SLACK_BLOCKS_PER_MESSAGE);
        assertThat(messages).allSatisfy(m -> assertThat(m).hasSizeLessThanOrEqualTo(50));
        assertThat(messages.stream().mapToInt(List::size).sum()).isEqualTo(pieces.size());
    }

    @Test
    void a_fence_opened_at_the_end_of_a_piece_never_pushes_it_over_the_limit() {
        // 35 + 4 = 39 characters fit a limit of 40, but the fence then has to be closed (+4)
        String text = "a".repeat(34) + "\n```\nrow 1\nrow 2\n```\n";
        List<String> pieces = MessageSplitter.split(text, 40);
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(40));
        assertThat(rejoin(pieces)).isEqualTo(text);
    }

    @Test
    void a_long_line_is_never_cut_between_the_halves_of_a_surrogate_pair() {
        String smiley = "\uD83D\uDE00"; // one code point, two chars
        String text = ("a".repeat(23) + smiley).repeat(6) + "\n";
        List<String> pieces = MessageSplitter.split(text, 32);
        assertThat(String.join("", pieces)).isEqualTo(text);
        for (String piece : pieces) {
            assertThat(piece.length()).isLessThanOrEqualTo(32);
            assertThat(Character.isHighSurrogate(piece.charAt(piece.length() - 1)))
                    .as(piece)
                    .isFalse();
        }
    }

    @Test
    void a_table_that_fits_a_piece_is_moved_whole_to_the_next_piece() {
        String table = "```\nrow 1\nrow 2\n```\n";
        String text = "a paragraph of text\n\n" + table;
        assertThat(MessageSplitter.split(text, 40)).containsExactly("a paragraph of text\n\n", table);
    }

    @Test
    void a_limit_without_room_for_content_and_two_fences_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MessageSplitter.split("x", 10))
                .hasMessage("a piece limit must be at least 32, got 10");
    }

    @Test
    void joining_the_detailed_pieces_gives_back_the_original_exactly() {
        String text = report();
        for (int limit = 40; limit <= 2_100; limit += 13) {
            List<MessageSplitter.Piece> pieces = MessageSplitter.splitDetailed(text, limit);
            assertThat(MessageSplitter.join(pieces)).as("limit %d", limit).isEqualTo(text);
            for (MessageSplitter.Piece piece : pieces) {
                assertThat(piece.text().length()).as("limit %d", limit).isLessThanOrEqualTo(limit);
                assertThat(piece.text().lines().filter(l -> l.startsWith("```")).count() % 2)
                        .as("fences balanced at limit %d", limit)
                        .isZero();
            }
        }
    }

    /**
     * Joins pieces, dropping the fence pair the splitter adds where it splits inside a code fence:
     * a piece that is inside a fence before its last line, ends with a fence line, and is followed
     * by a piece starting with a fence line.
     */
    static String rejoin(List<String> pieces) {
        StringBuilder out = new StringBuilder();
        boolean dropLeadingFence = false;
        boolean inFence = false;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = dropLeadingFence ? pieces.get(i).substring("```\n".length()) : pieces.get(i);
            String[] lines = piece.split("(?<=\n)");
            for (int l = 0; l < lines.length - 1; l++) {
                if (lines[l].startsWith("```")) {
                    inFence = !inFence;
                }
            }
            String last = lines[lines.length - 1];
            boolean added = inFence
                    && last.equals("```\n")
                    && i + 1 < pieces.size()
                    && pieces.get(i + 1).startsWith("```\n");
            if (added) {
                piece = piece.substring(0, piece.length() - last.length());
            } else if (last.startsWith("```")) {
                inFence = !inFence;
            }
            dropLeadingFence = added;
            out.append(piece);
        }
        return out.toString();
    }
}
