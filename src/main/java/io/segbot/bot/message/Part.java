package io.segbot.bot.message;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * One piece of an {@link OutgoingMessage}. Every platform renders every kind; none is optional.
 *
 * <p>Text rules, the same for all renderers: {@link Heading}, table cells, titles and file names are
 * plain text (a renderer escapes them for its markup). {@link Markdown} is segbot's own light
 * markdown ({@code **bold**}, {@code _italic_}, {@code `code`}, {@code • } bullets, blank-line
 * paragraphs); anything that came from data or from a user (customer ids, segment names from a
 * model, a quoted question) appears in it only inside a {@code `code`} span, and a renderer escapes
 * what it puts there. No renderer lets data become a mention, a link or a broken code block.
 */
public sealed interface Part
        permits Part.Heading, Part.Markdown, Part.Table, Part.Image, Part.Attachment, Part.Actions, Part.SourceLine {

    /** A short title line. */
    record Heading(String text) implements Part {
        public Heading {
            requireText(text, "heading");
        }
    }

    /** A paragraph or more of segbot's light markdown (see {@link Part}). */
    record Markdown(String text) implements Part {
        public Markdown {
            requireText(text, "markdown");
        }
    }

    /** How a table column lines up: numbers right, text left. */
    enum Align {
        LEFT,
        RIGHT
    }

    /** A table column's heading and alignment. */
    record Column(String heading, Align align) {
        public Column {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(align, "align");
        }
    }

    /**
     * A table of plain-text cells, sent as text people can search and copy (never only a picture).
     * Renderers split long tables cleanly (whole rows, headings repeated) and never truncate.
     *
     * @param title shown above the table; may be empty
     */
    record Table(String title, List<Column> columns, List<List<String>> rows) implements Part {
        public Table {
            Objects.requireNonNull(title, "title");
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("table '" + title + "' has " + columns.size()
                            + " columns but a row with " + row.size() + " cells");
                }
            }
        }
    }

    /**
     * A chart.
     *
     * @param altText what the chart shows, with its figures (screen readers, text-only fallbacks)
     */
    record Image(String fileName, String title, String altText, byte[] png) implements Part {
        public Image {
            requireText(fileName, "image file name");
            Objects.requireNonNull(title, "title");
            requireText(altText, "alt text");
            if (!fileName.endsWith(".png") || png.length == 0) {
                throw new IllegalArgumentException("an image is a non-empty PNG named *.png, got " + fileName);
            }
        }
    }

    /** Writes a file's bytes; may be called more than once (a retried upload). */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A file delivered with the message (CSV exports, report CSVs).
     *
     * @param mediaType e.g. {@code text/csv}
     * @param customerLevel true when the file lists individual customers: the core then sends the
     *     whole message only privately to the requester, never to a channel
     */
    record Attachment(String fileName, String mediaType, String description, boolean customerLevel, Content content)
            implements Part {
        public Attachment {
            requireText(fileName, "attachment file name");
            requireText(mediaType, "media type");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * A button.
     *
     * @param id what the button does, one of {@link Actions}' ids
     * @param label the button's text
     * @param payload what the core needs to do it again (a run id, a dataset); opaque to adapters,
     *     at most 2,000 characters (Slack's value limit; Discord keeps it in the core by custom id)
     */
    record Action(String id, String label, String payload) {
        public Action {
            requireText(id, "action id");
            requireText(label, "action label");
            Objects.requireNonNull(payload, "payload");
            if (payload.length() > 2000) {
                throw new IllegalArgumentException("action payloads are at most 2,000 characters");
            }
        }
    }

    /** A row of buttons. */
    record Actions(List<Action> actions) implements Part {
        public static final String RERUN = "rerun";
        public static final String EXPORT_CSV = "export_csv";
        public static final String NAME_SEGMENTS = "name_segments";
        public static final String FEEDBACK_GOOD = "feedback_good";
        public static final String FEEDBACK_BAD = "feedback_bad";

        public Actions {
            actions = List.copyOf(actions);
            if (actions.isEmpty() || actions.size() > 5) {
                throw new IllegalArgumentException("a row holds 1 to 5 buttons, got " + actions.size());
            }
        }
    }

    /** Where the figures come from (run, dataset, as-of date), shown small and last. */
    record SourceLine(String text) implements Part {
        public SourceLine {
            requireText(text, "source");
        }
    }

    private static void requireText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
