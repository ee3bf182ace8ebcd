package io.segbot.bot;

import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.render.ChatReplies;
import io.segbot.chat.ChatReply;
import io.segbot.chat.ChatService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One answer's way to its platform: checked sentences are streamed as they pass the grounding
 * check (the stream opens with the first one), then the complete answer closes the stream or is
 * posted. A customer-level answer (an export) goes privately; a stream already open in the channel
 * then ends with a note instead.
 */
final class ChatDelivery implements ChatService.ReplyChannel {
    private static final Logger log = LoggerFactory.getLogger(ChatDelivery.class);

    private final Outboxes outboxes;
    private final Outbox outbox;
    private final Address replyTo;
    private final Requester requester;
    private AnswerStream stream;

    ChatDelivery(Outboxes outboxes, Outbox outbox, Address replyTo, Requester requester) {
        this.outboxes = outboxes;
        this.outbox = outbox;
        this.replyTo = replyTo;
        this.requester = requester;
    }

    @Override
    public void progress(String checkedSentence) {
        if (stream == null) {
            stream = outbox.stream(replyTo);
        }
        stream.append(checkedSentence);
    }

    @Override
    public void deliver(ChatReply reply) {
        OutgoingMessage message = ChatReplies.of(reply);
        if (message.customerLevel()) {
            outboxes.send(replyTo, requester, message);
            if (stream != null) {
                stream.finish(OutgoingMessage.text("I've sent you the file privately."));
            }
            return;
        }
        if (stream != null) {
            try {
                stream.finish(message);
            } catch (RuntimeException e) {
                log.warn("could not finish the answer stream in {}: {}", replyTo, e.toString());
            }
            return;
        }
        outboxes.send(replyTo, requester, message);
    }

    @Override
    public void fail(String message) {
        OutgoingMessage text = OutgoingMessage.text(message);
        if (stream != null) {
            stream.finish(text);
        } else {
            outboxes.send(replyTo, requester, text);
        }
    }
}
