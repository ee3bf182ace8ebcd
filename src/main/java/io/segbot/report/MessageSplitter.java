package io.segbot.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a rendered report into chunks of at most {@code limit} characters for platforms that cap
 * a message (Discord 2,000 characters, a Slack section 3,000). Never truncates: it splits between
 * paragraphs and tables when it can, between lines when a block is too long, and inside a line
 * only when a single line is longer than a chunk. A code fence cut by a split is closed at the end
 * of one chunk and re-opened at the start of the next, so every piece of a table stays monospace.
 * {@link #join} undoes the split exactly.
 */
public final class MessageSplitter {
    /** The fence added to close a chunk that ends inside a code block. */
    static final String CLOSE = MarkdownRenderer.FENCE + "\n";

    /** The smallest limit that leaves room for content next to a re-opened and a closing fence. */
    public static final int MIN_LIMIT = 32;

    /**
     * One chunk: its text, and how many characters at its start ({@code added prefix}: a re-opened
     * fence) and end ({@code added suffix}: a closing fence) the splitter added.
     */
    public record Chunk(String text, int addedPrefix, int addedSuffix) {
        public Chunk {
            if (addedPrefix < 0 || addedSuffix < 0 || addedPrefix + addedSuffix > text.length()) {
                throw new IllegalArgumentException(
                        "added fences (" + addedPrefix + " + " + addedSuffix + ") exceed the chunk: " + text);
            }
        }

        /** The chunk without what the splitter added: a slice of the original text. */
        public String original() {
            return text.substring(addedPrefix, text.length() - addedSuffix);
        }
    }

    private final int limit;
    private final List<Chunk> chunks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int prefix;
    private String openFence;

    private MessageSplitter(int limit) {
        if (limit < MIN_LIMIT) {
            throw new IllegalArgumentException("a chunk limit must be at least " + MIN_LIMIT + ", got " + limit);
        }
        this.limit = limit;
    }

    /** The chunks' texts, each at most {@code limit} characters. */
    public static List<String> split(String text, int limit) {
        return splitDetailed(text, limit).stream().map(Chunk::text).toList();
    }

    public static List<Chunk> splitDetailed(String text, int limit) {
        MessageSplitter splitter = new MessageSplitter(limit);
        for (List<String> block : blocks(lines(text))) {
            splitter.add(block);
        }
        splitter.flush();
        return List.copyOf(splitter.chunks);
    }

    /** The original text from its chunks: {@code join(splitDetailed(t, n)).equals(t)}. */
    public static String join(List<Chunk> chunks) {
        StringBuilder out = new StringBuilder();
        chunks.forEach(c -> out.append(c.original()));
        return out.toString();
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
        // a single line longer than a whole chunk: cut it, never between the halves of a surrogate pair
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
        chunks.add(new Chunk(current.toString(), prefix, suffix));
        current.setLength(0);
        prefix = 0;
        if (openFence != null) {
            String reopen = openFence.endsWith("\n") ? openFence : openFence + "\n";
            reopen = reopen.length() > limit / 4 ? CLOSE : reopen;
            current.append(reopen);
            prefix = reopen.length();
        }
    }

    /** Room to keep free for a closing fence ("\n```\n" when the chunk may end mid-line). */
    private static int reserve(String fence) {
        return fence == null ? 0 : CLOSE.length() + 1;
    }

    static boolean isFence(String line) {
        return line.stripLeading().startsWith(MarkdownRenderer.FENCE);
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
