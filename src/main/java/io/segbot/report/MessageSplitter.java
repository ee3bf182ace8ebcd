package io.segbot.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a markdown report into pieces that fit a platform's limit, never by silent truncation:
 * splits fall between lines; a code fence open at a split is closed at the end of the piece and
 * re-opened at the start of the next, so tables stay monospace; a single line longer than the
 * limit is cut into limit-sized parts. Joining the pieces and removing the added fence lines
 * gives back the original text exactly.
 */
public final class MessageSplitter {
    /** Slack: section text at most 3,000 characters, at most 50 blocks per message. */
    public static final int SLACK_SECTION_CHARS = 3_000;

    public static final int SLACK_BLOCKS_PER_MESSAGE = 50;
    /** Discord: message content at most 2,000 characters. */
    public static final int DISCORD_CONTENT_CHARS = 2_000;

    static final String FENCE = "```";
    private static final String CLOSE = FENCE + "\n";

    private MessageSplitter() {}

    public static List<String> split(String text, int limit) {
        if (limit < 2 * CLOSE.length() + 1) {
            throw new IllegalArgumentException("limit must leave room for code fences, got " + limit);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean inFence = false;
        for (String line : lines(text)) {
            for (String part : cut(line, limit - 2 * CLOSE.length())) {
                int reserve = inFence ? CLOSE.length() : 0;
                if (piece.length() + part.length() + reserve > limit && piece.length() > 0) {
                    if (inFence) {
                        piece.append(CLOSE);
                    }
                    pieces.add(piece.toString());
                    piece.setLength(0);
                    if (inFence) {
                        piece.append(CLOSE);
                    }
                }
                piece.append(part);
            }
            if (line.strip().startsWith(FENCE)) {
                inFence = !inFence;
            }
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** Groups pieces into messages of at most {@code perMessage} pieces (Slack's 50 blocks). */
    public static List<List<String>> messages(List<String> pieces, int perMessage) {
        List<List<String>> messages = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i += perMessage) {
            messages.add(List.copyOf(pieces.subList(i, Math.min(pieces.size(), i + perMessage))));
        }
        return messages;
    }

    /** Lines with their line breaks kept, so joining them gives the text back. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static List<String> cut(String line, int max) {
        if (line.length() <= max) {
            return List.of(line);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < line.length(); i += max) {
            parts.add(line.substring(i, Math.min(line.length(), i + max)));
        }
        return parts;
    }
}
