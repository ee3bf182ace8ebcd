package io.segbot.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a markdown report into pieces that fit a platform's limit (Discord 2,000 characters, a
 * Slack section 3,000), never by silent truncation: splits fall between paragraphs and tables when
 * a block fits a piece, else between lines, and inside a line only when one line is longer than a
 * piece (never between the two halves of a surrogate pair). A code fence open at a split is closed
 * at the end of the piece and re-opened at the start of the next, so tables stay monospace; room
 * for the closing fence is always kept, so no piece exceeds the limit. {@link #join} removes the
 * added fences and gives back the original text exactly.
 */
public final class MessageSplitter {
    /** Slack: section text at most 3,000 characters, at most 50 blocks per message. */
    public static final int SLACK_SECTION_CHARS = 3_000;

    public static final int SLACK_BLOCKS_PER_MESSAGE = 50;
    /** Discord: message content at most 2,000 characters. */
    public static final int DISCORD_CONTENT_CHARS = 2_000;
    /** Discord embeds: a description at most 4,096 characters; all embeds of a message at most 6,000. */
    public static final int DISCORD_EMBED_DESCRIPTION_CHARS = 4_096;

    public static final int DISCORD_EMBEDS_TOTAL_CHARS = 6_000;
    /** Discord embeds: at most 25 fields of at most 1,024 characters. */
    public static final int DISCORD_EMBED_FIELDS = 25;

    public static final int DISCORD_FIELD_CHARS = 1_024;

    static final String FENCE = "```";
    /** The fence added to close a piece that ends inside a code block. */
    static final String CLOSE = FENCE + "\n";

    /** The smallest limit that leaves room for content next to a re-opened and a closing fence. */
    public static final int MIN_LIMIT = 32;

    /**
     * One piece: its text, and how many characters at its start ({@code added prefix}: a re-opened
     * fence) and end ({@code added suffix}: a closing fence) the splitter added.
     */
    public record Piece(String text, int addedPrefix, int addedSuffix) {
        public Piece {
            if (addedPrefix < 0 || addedSuffix < 0 || addedPrefix + addedSuffix > text.length()) {
                throw new IllegalArgumentException(
                        "added fences (" + addedPrefix + " + " + addedSuffix + ") exceed the piece: " + text);
            }
        }

        /** The piece without what the splitter added: a slice of the original text. */
        public String original() {
            return text.substring(addedPrefix, text.length() - addedSuffix);
        }
    }

    private final int limit;
    private final List<Piece> pieces = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int prefix;
    private String openFence;

    private MessageSplitter(int limit) {
        if (limit < MIN_LIMIT) {
            throw new IllegalArgumentException("a piece limit must be at least " + MIN_LIMIT + ", got " + limit);
        }
        this.limit = limit;
    }

    /** The pieces' texts, each at most {@code limit} characters (at least {@value #MIN_LIMIT}). */
    public static List<String> split(String text, int limit) {
        return splitDetailed(text, limit).stream().map(Piece::text).toList();
    }

    public static List<Piece> splitDetailed(String text, int limit) {
        MessageSplitter splitter = new MessageSplitter(limit);
        for (List<String> block : blocks(lines(text))) {
            splitter.add(block);
        }
        splitter.flush();
        return List.copyOf(splitter.pieces);
    }

    /** The original text from its pieces: {@code join(splitDetailed(t, n)).equals(t)}. */
    public static String join(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        pieces.forEach(c -> out.append(c.original()));
        return out.toString();
    }

    /** Groups pieces into messages of at most {@code perMessage} pieces (Slack's 50 blocks). */
    public static List<List<String>> messages(List<String> pieces, int perMessage) {
        if (perMessage < 1) {
            throw new IllegalArgumentException("a message holds at least one piece, got " + perMessage);
        }
        List<List<String>> messages = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i += perMessage) {
            messages.add(List.copyOf(pieces.subList(i, Math.min(pieces.size(), i + perMessage))));
        }
        return messages;
    }

    private void add(List<String> block) {
        int length = block.stream().mapToInt(String::length).sum();
        boolean whole = openFence == null
                && block.stream().filter(MessageSplitter::isFence).count() % 2 == 0;
        if (whole && current.length() + length <= limit) {
            block.forEach(this::append);
            return;
        }
        if (whole && length <= limit && current.length() > prefix) {
            flush();
            block.forEach(this::append);
            return;
        }
        block.forEach(this::addLine);
    }

    private void addLine(String line) {
        String fenceAfter = isFence(line) ? (openFence == null ? line : null) : openFence;
        if (current.length() + line.length() + reserve(fenceAfter) <= limit) {
            append(line);
            return;
        }
        if (current.length() > prefix) {
            flush();
            addLine(line);
            return;
        }
        // a single line longer than a whole piece: cut it, never between the halves of a surrogate pair
        int room = limit - current.length() - reserve(openFence == null ? fenceAfter : openFence);
        int cut = Character.isLowSurrogate(line.charAt(room)) ? room - 1 : room;
        append(line.substring(0, cut));
        flush();
        addLine(line.substring(cut));
    }

    private void append(String line) {
        current.append(line);
        if (isFence(line)) {
            openFence = openFence == null ? line : null;
        }
    }

    private void flush() {
        if (current.length() == prefix) {
            return;
        }
        int suffix = 0;
        if (openFence != null) {
            String close = current.charAt(current.length() - 1) == '\n' ? CLOSE : "\n" + CLOSE;
            current.append(close);
            suffix = close.length();
        }
        pieces.add(new Piece(current.toString(), prefix, suffix));
        current.setLength(0);
        prefix = 0;
        if (openFence != null) {
            String reopen = openFence.endsWith("\n") ? openFence : openFence + "\n";
            reopen = reopen.length() > limit / 4 ? CLOSE : reopen;
            current.append(reopen);
            prefix = reopen.length();
        }
    }

    /** Room to keep free for a closing fence ("\n```\n" when the piece may end mid-line). */
    private static int reserve(String fence) {
        return fence == null ? 0 : CLOSE.length() + 1;
    }

    static boolean isFence(String line) {
        return line.stripLeading().startsWith(FENCE);
    }

    /** Lines with their line breaks; the last may have none. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    /** Paragraphs and fenced blocks: a block ends with a blank line outside a code fence. */
    static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        boolean inFence = false;
        for (String line : lines) {
            block.add(line);
            inFence ^= isFence(line);
            if (!inFence && line.isBlank()) {
                blocks.add(block);
                block = new ArrayList<>();
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }
}
