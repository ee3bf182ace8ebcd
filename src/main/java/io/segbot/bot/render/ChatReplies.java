package io.segbot.bot.render;

import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.chat.ChatReply;
import java.nio.file.Files;
import java.util.List;

/** The one conversion of a chat answer to the outgoing message every platform renders. */
public final class ChatReplies {
    private ChatReplies() {}

    /**
     * The answer's text, its export file when it has one (customer-level: the whole message then
     * goes privately), its source line and the feedback buttons.
     */
    public static OutgoingMessage of(ChatReply reply) {
        OutgoingMessage.Builder message = OutgoingMessage.builder().markdown(reply.text());
        if (reply.attachment() != null) {
            var file = reply.attachment();
            message.add(new Part.Attachment(
                    file.getFileName().toString(),
                    "text/csv",
                    "customer list exported by segbot",
                    true,
                    out -> Files.copy(file, out)));
        }
        if (reply.source() != null && !reply.source().isBlank()) {
            message.source(reply.source());
        }
        String payload = reply.intent().name();
        message.add(new Part.Actions(List.of(
                new Part.Action(Part.Actions.FEEDBACK_GOOD, "Helpful", payload),
                new Part.Action(Part.Actions.FEEDBACK_BAD, "Not helpful", payload))));
        return message.build();
    }
}
