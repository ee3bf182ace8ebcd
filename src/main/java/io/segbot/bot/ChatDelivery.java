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
 * then ends with a note instead. Every step runs on {@link Deliveries}, in order per conversation,
 * so the chat worker that prepared the answer never waits for the platform.
 */
final class ChatDelivery implements ChatService.ReplyChannel {
    private static final Logger log = LoggerFactory.getLogger(ChatDelivery.class);

    private final Outboxes outboxes;
    private final Outbox outbox;
    private final Address replyTo;
    private final Requester requester;
    private final Deliveries deliveries;
    private AnswerStream stream; // touched only by this conversation's deliveries, one at a time

    ChatDelivery(Outboxes outboxes, Outbox outbox, Address replyTo, Requester requester, Deliveries deliveries) {
        this.outboxes = outboxes;
        this.outbox = outbox;
        this.replyTo = replyTo;
        this.requester = requester;
        this.deliveries = deliveries;
    }

    @Override
    public void progress(String checkedSentence) {
        deliveries.submit(replyTo.conversationKey(), () -> append(checkedSentence));
    }

    @Override
    public void deliver(ChatReply reply) {
        deliveries.submit(replyTo.conversationKey(), () -> send(reply));
    }

    @Override
    public void fail(String message) {
        deliveries.submit(replyTo.conversationKey(), () -> sendFailure(message));
    }

    private void append(String checkedSentence) {
        if (stream == null) {
            stream = outbox.stream(replyTo);
        }
        stream.append(checkedSentence);
    }

    private void send(ChatReply reply) {
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

    private void sendFailure(String message) {
        OutgoingMessage text = OutgoingMessage.text(message);
        if (stream != null) {
            stream.finish(text);
        } else {
            outboxes.send(replyTo, requester, text);
        }
    }
}
