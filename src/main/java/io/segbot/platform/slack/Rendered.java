package io.segbot.platform.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One outgoing message as Slack will receive it.
 *
 * @param messages block messages in order (the first is the reply, the rest follow in its thread)
 * @param uploads files to upload next to them (charts, CSVs, or the whole text when it was too long)
 * @param plainPieces the same content as mrkdwn text pieces, for when Slack refuses the blocks
 */
record Rendered(List<BlockMessage> messages, List<Upload> uploads, List<String> plainPieces) {
    Rendered {
        messages = List.copyOf(messages);
        uploads = List.copyOf(uploads);
        plainPieces = List.copyOf(plainPieces);
        if (messages.isEmpty() || plainPieces.isEmpty()) {
            throw new IllegalArgumentException("a rendered message needs at least one message and one text piece");
        }
    }

    /**
     * One {@code chat.postMessage}: its blocks and the notification text Slack shows where blocks
     * cannot be (notifications, screen readers).
     */
    record BlockMessage(List<LayoutBlock> blocks, String text) {
        BlockMessage {
            blocks = List.copyOf(blocks);
        }
    }

    /** A file for {@code filesUploadV2}. */
    record Upload(String fileName, String title, String altText, byte[] bytes) {}
}
