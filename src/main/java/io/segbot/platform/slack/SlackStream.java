package io.segbot.platform.slack;

import com.slack.api.methods.Methods;
import com.slack.api.methods.response.chat.ChatStartStreamResponse;
import io.segbot.bot.Address;
import io.segbot.bot.AnswerStream;
import io.segbot.bot.DeliveryException;
import io.segbot.bot.Posted;
import io.segbot.bot.message.OutgoingMessage;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer streamed into its thread with {@code chat.startStream} / {@code appendStream} /
 * {@code stopStream}, buffered to {@value #BUFFER} characters a call (Slack's Node helper's
 * default) so a token-by-token phrasing does not become hundreds of calls. The core appends only
 * text that passed the grounding check; {@link #finish} stops the stream and replaces the streamed
 * text by the complete rendered message. If streaming fails the complete message is posted
 * normally.
 *
 * <p>Thread-safety: one thread, as {@link AnswerStream} says.
 */
final class SlackStream implements AnswerStream {
    private static final Logger log = LoggerFactory.getLogger(SlackStream.class);
    static final int BUFFER = 256;

    private final SlackOutbox outbox;
    private final SlackApi api;
    private final SlackCalls calls;
    private final Address to;
    private final Optional<Recipients.Recipient> recipient;
    private final StringBuilder buffer = new StringBuilder();
    private String ts;
    private boolean failed;

    SlackStream(
            SlackOutbox outbox, SlackApi api, SlackCalls calls, Address to, Optional<Recipients.Recipient> recipient) {
        this.outbox = outbox;
        this.api = api;
        this.calls = calls;
        this.to = to;
        this.recipient = recipient;
    }

    @Override
    public void append(String checkedMarkdown) {
        buffer.append(checkedMarkdown);
        if (buffer.length() >= BUFFER && !failed) {
            flush();
        }
    }

    @Override
    public Posted finish(OutgoingMessage complete) {
        if (ts == null) {
            return outbox.post(to, complete);
        }
        // Stopped even after a failed append, so the thread does not show a stream that never ends.
        calls.await(
                api.call(
                        Methods.CHAT_STOP_STREAM,
                        to.channelId(),
                        client -> client.chatStopStream(
                                r -> r.channel(to.channelId()).ts(ts))),
                "chat.stopStream");
        Posted streamed = new Posted(to, ts);
        outbox.update(streamed, complete);
        return streamed;
    }

    private void flush() {
        String text = SlackText.markdownBlock(buffer.toString());
        buffer.setLength(0);
        try {
            if (ts == null) {
                ChatStartStreamResponse started = calls.ok(
                        api.call(
                                Methods.CHAT_START_STREAM,
                                to.channelId(),
                                client -> client.chatStartStream(r -> r.channel(to.channelId())
                                        .threadTs(to.threadId())
                                        .markdownText(text)
                                        .recipientUserId(recipient
                                                .map(Recipients.Recipient::userId)
                                                .orElse(null))
                                        .recipientTeamId(recipient
                                                .map(Recipients.Recipient::teamId)
                                                .orElse(null)))),
                        "chat.startStream",
                        to.channelId());
                ts = started.getTs();
            } else {
                calls.ok(
                        api.call(
                                Methods.CHAT_APPEND_STREAM,
                                to.channelId(),
                                client -> client.chatAppendStream(
                                        r -> r.channel(to.channelId()).ts(ts).markdownText(text))),
                        "chat.appendStream",
                        to.channelId());
            }
        } catch (DeliveryException e) {
            // The complete answer is still posted by finish(); a broken stream only loses the preview.
            log.warn("streaming to {} stopped: {}", to.channelId(), e.getMessage());
            failed = true;
        }
    }
}
