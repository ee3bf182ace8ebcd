package io.segbot.platform.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.MarkdownBlock;
import com.slack.api.model.block.composition.FeedbackButtonObject;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.FeedbackButtonsElement;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.report.MessageSplitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders the core's {@link OutgoingMessage} as Block Kit, within Slack's limits: a message holds at
 * most 50 blocks and about 12,000 characters (markdown blocks share 12,000, and Slack refuses
 * messages near 13,200 characters of blocks with {@code msg_blocks_too_long}, bolt-js#2509), one
 * {@code table} block, 100 table rows. Longer content is split across messages at paragraph and row
 * boundaries; beyond {@value #MAX_MESSAGES} messages the whole text goes into an attached file
 * instead. Nothing is truncated.
 */
final class SlackRenderer {
    static final int MAX_MESSAGE_CHARS = 12_000;
    static final int MAX_BLOCKS = 50;
    static final int MAX_MESSAGES = 4;
    /** Raw text per markdown block; escaping may grow it, so it stays well below 12,000. */
    static final int MARKDOWN_PIECE = 9_000;
    /** Characters of cell text per table block, so one table and a little text fit a message. */
    static final int TABLE_CHARS = 8_000;

    static final int PLAIN_PIECE = 3_500;
    static final String FEEDBACK_ACTION = "feedback";

    private SlackRenderer() {}

    /** A block and what it costs against a message's limits. */
    private record Piece(LayoutBlock block, int chars, boolean table, boolean title) {
        Piece(LayoutBlock block, int chars, boolean table) {
            this(block, chars, table, false);
        }
    }

    static Rendered render(OutgoingMessage message) {
        List<Piece> pieces = new ArrayList<>();
        List<Rendered.Upload> uploads = new ArrayList<>();
        for (Part part : message.parts()) {
            if (part instanceof Part.Heading heading) {
                pieces.add(heading(heading.text()));
            } else if (part instanceof Part.Markdown markdown) {
                markdown(markdown.text(), pieces);
            } else if (part instanceof Part.Table table) {
                table(table, pieces);
            } else if (part instanceof Part.Image image) {
                uploads.add(new Rendered.Upload(
                        image.fileName(), titleOf(image.title(), image.fileName()), image.altText(), image.png()));
            } else if (part instanceof Part.Attachment file) {
                uploads.add(new Rendered.Upload(
                        file.fileName(), titleOf(file.description(), file.fileName()), null, bytes(file.content())));
            } else if (part instanceof Part.Actions actions) {
                pieces.addAll(actions(actions));
            } else if (part instanceof Part.SourceLine source) {
                pieces.add(source(source.text()));
            } else {
                throw new IllegalStateException(
                        "unknown part " + part.getClass().getSimpleName());
            }
        }
        List<String> plain = PlainText.pieces(message, PLAIN_PIECE);
        List<List<Piece>> packed = pack(pieces);
        if (packed.size() > MAX_MESSAGES) {
            packed = List.of(attachedInstead(packed.get(0), pieces));
            uploads.add(
                    0,
                    new Rendered.Upload(
                            "answer.md",
                            "The whole answer",
                            null,
                            PlainText.document(message).getBytes(StandardCharsets.UTF_8)));
        }
        return new Rendered(packed.stream().map(SlackRenderer::message).toList(), uploads, plain);
    }

    private static Piece heading(String text) {
        if (text.length() <= 150) {
            return new Piece(HeaderBlock.builder().text(plainText(text)).build(), text.length(), false);
        }
        String bold = "**" + SlackText.escape(text) + "**";
        return new Piece(MarkdownBlock.builder().text(bold).build(), bold.length(), false);
    }

    private static void markdown(String light, List<Piece> pieces) {
        for (String raw : MessageSplitter.split(light, MARKDOWN_PIECE)) {
            String text = SlackText.markdownBlock(raw);
            pieces.add(new Piece(MarkdownBlock.builder().text(text).build(), text.length(), false));
        }
    }

    private static void table(Part.Table table, List<Piece> pieces) {
        if (table.columns().size() > TableBlock.MAX_COLUMNS) {
            // Wider than a table block: a monospace text table, split between rows.
            markdown(PlainText.titled(table.title(), "```\n" + PlainText.monospace(table) + "```"), pieces);
            return;
        }
        List<List<List<String>>> chunks = rowChunks(table.rows());
        for (int i = 0; i < chunks.size(); i++) {
            String title = table.title().isEmpty() ? "" : table.title() + (i == 0 ? "" : " (continued)");
            if (!title.isEmpty()) {
                String text = "**" + SlackText.escape(title) + "**";
                pieces.add(new Piece(MarkdownBlock.builder().text(text).build(), text.length(), false, true));
            }
            int chars = chunks.get(i).stream()
                    .flatMap(List::stream)
                    .mapToInt(String::length)
                    .sum();
            pieces.add(new Piece(TableBlock.of(null, table.columns(), chunks.get(i)), chars + 40, true));
        }
    }

    /** Whole rows, at most 99 a block (the headings take the 100th) and {@value #TABLE_CHARS} characters. */
    static List<List<List<String>>> rowChunks(List<List<String>> rows) {
        List<List<List<String>>> chunks = new ArrayList<>();
        List<List<String>> current = new ArrayList<>();
        int chars = 0;
        for (List<String> row : rows) {
            int rowChars = row.stream().mapToInt(String::length).sum();
            if (!current.isEmpty() && (current.size() == TableBlock.MAX_ROWS - 1 || chars + rowChars > TABLE_CHARS)) {
                chunks.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(row);
            chars += rowChars;
        }
        chunks.add(current);
        return chunks;
    }

    private static List<Piece> actions(Part.Actions actions) {
        List<BlockElement> buttons = new ArrayList<>();
        Part.Action good = null;
        Part.Action bad = null;
        Set<String> ids = new HashSet<>();
        for (Part.Action action : actions.actions()) {
            switch (action.id()) {
                case Part.Actions.FEEDBACK_GOOD -> good = action;
                case Part.Actions.FEEDBACK_BAD -> bad = action;
                default -> {
                    // action_id must be unique within a block: a repeated id gets a numbered suffix
                    String actionId = ids.add(action.id()) ? action.id() : action.id() + "#" + ids.size();
                    buttons.add(ButtonElement.builder()
                            .actionId(actionId)
                            .text(plainText(SlackText.plain(action.label(), 75)))
                            .value(action.payload().isEmpty() ? null : action.payload())
                            .build());
                }
            }
        }
        List<Piece> pieces = new ArrayList<>();
        if (!buttons.isEmpty()) {
            pieces.add(new Piece(ActionsBlock.builder().elements(buttons).build(), 40 * buttons.size(), false));
        }
        if (good != null || bad != null) {
            pieces.add(new Piece(feedback(good, bad), 80, false));
        }
        return pieces;
    }

    /** Slack's thumbs up/down: the value says which was clicked, then the core's payload. */
    private static LayoutBlock feedback(Part.Action good, Part.Action bad) {
        FeedbackButtonsElement.FeedbackButtonsElementBuilder element =
                FeedbackButtonsElement.builder().actionId(FEEDBACK_ACTION);
        if (good != null) {
            element.positiveButton(FeedbackButtonObject.builder()
                    .text(plainText(SlackText.plain(good.label(), 75)))
                    .value(FeedbackValue.encode(true, good.payload()))
                    .build());
        }
        if (bad != null) {
            element.negativeButton(FeedbackButtonObject.builder()
                    .text(plainText(SlackText.plain(bad.label(), 75)))
                    .value(FeedbackValue.encode(false, bad.payload()))
                    .build());
        }
        return ContextActionsBlock.builder().elements(List.of(element.build())).build();
    }

    private static Piece source(String text) {
        String mrkdwn = SlackText.plain(SlackText.mrkdwn(text), 3_000);
        return new Piece(
                ContextBlock.builder()
                        .elements(List.of(
                                MarkdownTextObject.builder().text(mrkdwn).build()))
                        .build(),
                mrkdwn.length(),
                false);
    }

    /** Fills messages in order up to the block, character and one-table limits. */
    private static List<List<Piece>> pack(List<Piece> pieces) {
        List<List<Piece>> messages = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        int chars = 0;
        boolean table = false;
        for (Piece piece : pieces) {
            boolean full = current.size() == MAX_BLOCKS
                    || chars + piece.chars() > MAX_MESSAGE_CHARS
                    || (table && piece.table());
            if (!current.isEmpty() && full) {
                // a table's title moves with its table
                Piece title = piece.table() && current.get(current.size() - 1).title() && current.size() > 1
                        ? current.remove(current.size() - 1)
                        : null;
                messages.add(current);
                current = new ArrayList<>();
                chars = 0;
                table = false;
                if (title != null) {
                    current.add(title);
                    chars += title.chars();
                }
            }
            current.add(piece);
            chars += piece.chars();
            table |= piece.table();
        }
        if (!current.isEmpty()) {
            messages.add(current);
        }
        if (messages.isEmpty()) {
            // Only files: a short line so the upload has a message to belong to.
            messages.add(
                    List.of(new Piece(MarkdownBlock.builder().text("Files:").build(), 6, false)));
        }
        return messages;
    }

    private static Rendered.BlockMessage message(List<Piece> pieces) {
        return new Rendered.BlockMessage(pieces.stream().map(Piece::block).toList(), notification(pieces));
    }

    /** The first text in the message, short: what a notification or a screen reader says. */
    private static String notification(List<Piece> pieces) {
        for (Piece piece : pieces) {
            if (piece.block() instanceof HeaderBlock header) {
                return SlackText.escape(header.getText().getText());
            }
            if (piece.block() instanceof MarkdownBlock markdown) {
                return SlackText.plain(markdown.getText().replace("**", "*"), 300);
            }
        }
        return "segbot";
    }

    /** The first message, a line saying all of it is in the attached file, and the controls. */
    private static List<Piece> attachedInstead(List<Piece> first, List<Piece> pieces) {
        String pointer = "_This answer is too long for Slack messages: all of it is in the attached file `answer.md`._";
        List<Piece> kept = new ArrayList<>();
        int chars = pointer.length() + 400;
        for (Piece piece : first) {
            if (kept.size() < MAX_BLOCKS - 3 && chars + piece.chars() <= MAX_MESSAGE_CHARS) {
                kept.add(piece);
                chars += piece.chars();
            }
        }
        kept.add(new Piece(MarkdownBlock.builder().text(pointer).build(), pointer.length(), false));
        for (Piece piece : pieces) {
            if (piece.block() instanceof ActionsBlock
                    || piece.block() instanceof ContextActionsBlock
                    || piece.block() instanceof ContextBlock) {
                if (!kept.contains(piece)) {
                    kept.add(piece);
                }
            }
        }
        return kept;
    }

    static PlainTextObject plainText(String text) {
        return PlainTextObject.builder().text(text).emoji(false).build();
    }

    private static String titleOf(String title, String fileName) {
        return title == null || title.isBlank() ? fileName : title;
    }

    private static byte[] bytes(Part.Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write an attachment", e);
        }
        return out.toByteArray();
    }
}
