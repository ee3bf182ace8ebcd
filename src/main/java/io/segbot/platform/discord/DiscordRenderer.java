package io.segbot.platform.discord;

import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.bot.message.TextTable;
import io.segbot.report.MessageSplitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.components.buttons.Button;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The core's {@link OutgoingMessage} as Discord messages within Discord's limits: the text and
 * tables (monospace code blocks) in embed descriptions of at most 4,096 characters, split between
 * lines with fences closed and re-opened, never truncated; at most 10 embeds and 6,000 embed
 * characters a message, so a long answer becomes several messages; charts and files as attachments
 * (10 MiB each, 10 a message); buttons on the last message; the source line as the last footer.
 * No message may mention anyone, except the one requester a fallback message names.
 */
final class DiscordRenderer {
    static final int DESCRIPTION = MessageSplitter.DISCORD_EMBED_DESCRIPTION_CHARS;
    static final int EMBED_TOTAL = MessageSplitter.DISCORD_EMBEDS_TOTAL_CHARS;
    static final int EMBEDS_PER_MESSAGE = 10;
    static final int FILES_PER_MESSAGE = 10;
    static final int FILE_BYTES = 10 * 1024 * 1024;
    static final int TITLE = 256;
    static final int FOOTER = 2_048;
    static final int BUTTON_LABEL = 80;
    private static final int SEGBOT_BLUE = 0x2F6FDE;

    private final ButtonIds buttons;

    DiscordRenderer(ButtonIds buttons) {
        this.buttons = buttons;
    }

    /**
     * @param mention a user id to name (and notify) at the start of the first message, or null
     */
    List<MessageCreateData> render(OutgoingMessage message, String mention) {
        String heading = null;
        StringBuilder text = new StringBuilder();
        List<FileUpload> files = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        String footer = null;
        for (Part part : message.parts()) {
            if (part instanceof Part.Heading h && heading == null && text.length() == 0) {
                heading = DiscordText.shorten(DiscordText.plain(h.text()), TITLE);
            } else if (part instanceof Part.Heading h) {
                paragraph(text, "**" + DiscordText.plain(h.text()) + "**");
            } else if (part instanceof Part.Markdown markdown) {
                paragraph(text, DiscordText.markdown(markdown.text()));
            } else if (part instanceof Part.Table table) {
                paragraph(text, table(table));
            } else if (part instanceof Part.Image image) {
                files.add(FileUpload.fromData(image.png(), image.fileName()));
                paragraph(text, "Chart " + code(image.fileName()) + ": " + DiscordText.plain(image.altText()));
            } else if (part instanceof Part.Attachment file) {
                paragraph(text, attach(file, files));
            } else if (part instanceof Part.Actions actions) {
                actions.actions().forEach(action -> row.add(button(action)));
            } else if (part instanceof Part.SourceLine source) {
                footer = DiscordText.shorten(source.text(), FOOTER);
            }
        }
        List<MessageEmbed> embeds = embeds(heading, text.toString(), footer);
        return pack(embeds, files, row, mention);
    }

    private static void paragraph(StringBuilder text, String paragraph) {
        text.append(text.length() == 0 ? "" : "\n\n").append(paragraph);
    }

    private static String table(Part.Table table) {
        String title = table.title().isBlank() ? "" : "**" + DiscordText.plain(table.title()) + "**\n";
        return title + "```\n" + DiscordText.inert(TextTable.monospace(table)) + "```";
    }

    private static String code(String data) {
        return "`" + DiscordText.inert(data.replace('`', '\'')) + "`";
    }

    private static String attach(Part.Attachment file, List<FileUpload> files) {
        byte[] bytes;
        try {
            bytes = read(file);
        } catch (TooLarge e) {
            return "File " + code(file.fileName()) + " is larger than Discord's 10 MiB, so it was not attached.";
        } catch (IOException e) {
            return "File " + code(file.fileName()) + " could not be read: " + DiscordText.plain(e.getMessage());
        }
        files.add(FileUpload.fromData(bytes, file.fileName()));
        return "File " + code(file.fileName())
                + (file.description().isBlank() ? "" : ": " + DiscordText.plain(file.description()));
    }

    private static byte[] read(Part.Attachment file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        file.content().writeTo(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] data, int offset, int length) throws IOException {
                if (bytes.size() + length > FILE_BYTES) {
                    throw new TooLarge();
                }
                bytes.write(data, offset, length);
            }
        });
        return bytes.toByteArray();
    }

    /** A file over Discord's upload limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private Button button(Part.Action action) {
        String label = DiscordText.shorten(action.label(), BUTTON_LABEL);
        String id = buttons.encode(action.id(), action.payload());
        return switch (action.id()) {
            case Part.Actions.EXPORT_CSV, Part.Actions.NAME_SEGMENTS -> Button.primary(id, label);
            default -> Button.secondary(id, label);
        };
    }

    /** One embed a piece of text; the heading on the first, the source line on the last. */
    private static List<MessageEmbed> embeds(String heading, String text, String footer) {
        List<String> pieces = text.isBlank() ? List.of() : MessageSplitter.split(text, DESCRIPTION);
        List<MessageEmbed> embeds = new ArrayList<>();
        int count = Math.max(1, pieces.size());
        for (int i = 0; i < count; i++) {
            EmbedBuilder embed = new EmbedBuilder().setColor(SEGBOT_BLUE);
            if (i == 0 && heading != null) {
                embed.setTitle(heading);
            }
            if (i < pieces.size()) {
                embed.setDescription(pieces.get(i));
            }
            if (i == count - 1 && footer != null) {
                embed.setFooter(footer);
            }
            if (embed.isEmpty()) {
                embed.setDescription("…");
            }
            embeds.add(embed.build());
        }
        return embeds;
    }

    /** Embeds into messages of at most 10 embeds and 6,000 characters; files first, buttons last. */
    private static List<MessageCreateData> pack(
            List<MessageEmbed> embeds, List<FileUpload> files, List<Button> row, String mention) {
        List<List<MessageEmbed>> groups = new ArrayList<>();
        List<MessageEmbed> current = new ArrayList<>();
        int length = 0;
        for (MessageEmbed embed : embeds) {
            if (!current.isEmpty()
                    && (current.size() == EMBEDS_PER_MESSAGE || length + embed.getLength() > EMBED_TOTAL)) {
                groups.add(current);
                current = new ArrayList<>();
                length = 0;
            }
            current.add(embed);
            length += embed.getLength();
        }
        groups.add(current);
        int fileMessages = (files.size() + FILES_PER_MESSAGE - 1) / FILES_PER_MESSAGE;
        while (groups.size() < fileMessages) {
            groups.add(List.of());
        }
        List<MessageCreateData> messages = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            MessageCreateBuilder builder = new MessageCreateBuilder().setEmbeds(groups.get(i));
            builder.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
            if (i == 0 && mention != null) {
                builder.setContent("<@" + mention + ">");
                builder.mentionUsers(mention);
            }
            int from = i * FILES_PER_MESSAGE;
            if (from < files.size()) {
                builder.setFiles(files.subList(from, Math.min(files.size(), from + FILES_PER_MESSAGE)));
            }
            if (i == groups.size() - 1 && !row.isEmpty()) {
                builder.setComponents(ActionRow.of(row));
            }
            messages.add(builder.build());
        }
        return messages;
    }
}
