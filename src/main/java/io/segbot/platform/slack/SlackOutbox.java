package io.segbot.platform.slack;

import com.google.gson.Gson;
import com.slack.api.methods.Methods;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import io.segbot.bot.Address;
import io.segbot.bot.AnswerStream;
import io.segbot.bot.DeliveryException;
import io.segbot.bot.Outbox;
import io.segbot.bot.Posted;
import io.segbot.bot.message.OutgoingMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the core's messages to Slack through the rate-limit-aware async client: renders them
 * ({@link SlackRenderer}), posts the block messages in order (the first in the requested thread,
 * the rest in the first one's thread), uploads files next to them, and re-sends the text plainly
 * when Slack refuses the blocks, so no answer is lost silently.
 *
 * <p>Thread-safety: safe from any number of core threads. Blocking: every method waits for Slack.
 */
final class SlackOutbox implements Outbox {
    private static final Logger log = LoggerFactory.getLogger(SlackOutbox.class);
    static final String PLATFORM = "slack";

    private final SlackApi api;
    private final SlackCalls calls;
    private final Recipients recipients;
    private final Gson gson = GsonFactory.createSnakeCase();

    SlackOutbox(SlackApi api, SlackCalls calls, Recipients recipients) {
        this.api = api;
        this.calls = calls;
        this.recipients = recipients;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Posted post(Address to, OutgoingMessage message) {
        if (message.customerLevel() && !isDirectMessage(to.channelId())) {
            // The core routes these to postPrivately; refuse rather than leak customer lists to a channel.
            throw new DeliveryException(
                    DeliveryException.Reason.OTHER,
                    "customer-level files go only to the requester's direct messages, not to " + to.channelId());
        }
        return new Posted(to, deliver(to.channelId(), to.threadId(), SlackRenderer.render(message)));
    }

    @Override
    public void update(Posted posted, OutgoingMessage message) {
        String channel = posted.address().channelId();
        String thread = posted.address().threadId() != null ? posted.address().threadId() : posted.messageId();
        Rendered rendered = SlackRenderer.render(message);
        Rendered.BlockMessage first = rendered.messages().get(0);
        ChatUpdateResponse updated = calls.await(
                api.call(
                        Methods.CHAT_UPDATE,
                        channel,
                        client -> client.chatUpdate(r -> r.channel(channel)
                                .ts(posted.messageId())
                                .text(first.text())
                                .blocksAsString(json(first.blocks())))),
                "chat.update");
        if (SlackCalls.blocksRefused(updated)) {
            log.warn(
                    "Slack refused the blocks of an update in {} ({}); sending it as text",
                    channel,
                    updated.getError());
            calls.ok(
                    api.call(
                            Methods.CHAT_UPDATE,
                            channel,
                            client -> client.chatUpdate(r -> r.channel(channel)
                                    .ts(posted.messageId())
                                    .text(rendered.plainPieces().get(0))
                                    .blocksAsString("[]"))),
                    "chat.update",
                    channel);
            postPlain(
                    channel,
                    thread,
                    rendered.plainPieces().subList(1, rendered.plainPieces().size()));
        } else if (!updated.isOk()) {
            throw SlackCalls.refusal(updated.getError(), channel);
        } else {
            postAll(channel, thread, rendered, 1);
        }
        upload(channel, thread, rendered.uploads());
    }

    @Override
    public Posted postPrivately(String userId, OutgoingMessage message) {
        ConversationsOpenResponse dm = calls.ok(
                api.call(
                        Methods.CONVERSATIONS_OPEN,
                        null,
                        client -> client.conversationsOpen(
                                r -> r.users(List.of(userId)).returnIm(true))),
                "conversations.open",
                userId);
        Address to = new Address(PLATFORM, dm.getChannel().getId(), null);
        return new Posted(to, deliver(to.channelId(), null, SlackRenderer.render(message)));
    }

    @Override
    public void status(Address to, String text) {
        if (to.threadId() == null) {
            return; // assistant thread status needs a thread
        }
        // Best effort and not awaited: a status must never delay or fail the answer.
        api.call(
                        Methods.ASSISTANT_THREADS_SET_STATUS,
                        to.channelId(),
                        client -> client.assistantThreadsSetStatus(r -> r.channelId(to.channelId())
                                .threadTs(to.threadId())
                                .status(SlackText.plain(text, 250))))
                .whenComplete((response, error) -> {
                    if (error != null || !response.isOk()) {
                        log.debug(
                                "no thread status in {}: {}",
                                to.channelId(),
                                error != null ? error : response.getError());
                    }
                });
    }

    @Override
    public AnswerStream stream(Address to) {
        if (to.threadId() == null) {
            return new AnswerStream.Buffered(this, to);
        }
        return new SlackStream(this, api, calls, to, recipients.of(to));
    }

    /** Posts every message of {@code rendered} and its files; returns the first message's ts. */
    String deliver(String channel, String thread, Rendered rendered) {
        String firstTs = postAll(channel, thread, rendered, 0);
        upload(channel, thread != null ? thread : firstTs, rendered.uploads());
        return firstTs;
    }

    /** Posts messages from index {@code from} on; on a refusal of blocks, all the text plainly. */
    private String postAll(String channel, String thread, Rendered rendered, int from) {
        String firstTs = null;
        String replyThread = thread;
        for (int i = from; i < rendered.messages().size(); i++) {
            Rendered.BlockMessage message = rendered.messages().get(i);
            String inThread = replyThread;
            ChatPostMessageResponse posted = calls.await(
                    api.call(
                            Methods.CHAT_POST_MESSAGE,
                            channel,
                            client -> client.chatPostMessage(r -> r.channel(channel)
                                    .threadTs(inThread)
                                    .text(message.text())
                                    .blocksAsString(json(message.blocks())))),
                    "chat.postMessage");
            if (SlackCalls.blocksRefused(posted)) {
                log.warn(
                        "Slack refused the blocks of a message in {} ({}); sending it as text",
                        channel,
                        posted.getError());
                String plainTs = postPlain(channel, replyThread, rendered.plainPieces());
                return firstTs != null ? firstTs : plainTs;
            }
            if (!posted.isOk()) {
                throw SlackCalls.refusal(posted.getError(), channel);
            }
            if (firstTs == null) {
                firstTs = posted.getTs();
            }
            if (replyThread == null) {
                replyThread = posted.getTs(); // continuations go in the first message's thread
            }
        }
        return firstTs;
    }

    private String postPlain(String channel, String thread, List<String> pieces) {
        String firstTs = null;
        String replyThread = thread;
        for (String piece : pieces) {
            String inThread = replyThread;
            ChatPostMessageResponse posted = calls.ok(
                    api.call(
                            Methods.CHAT_POST_MESSAGE,
                            channel,
                            client -> client.chatPostMessage(
                                    r -> r.channel(channel).threadTs(inThread).text(piece))),
                    "chat.postMessage",
                    channel);
            firstTs = firstTs == null ? posted.getTs() : firstTs;
            replyThread = replyThread == null ? posted.getTs() : replyThread;
        }
        return firstTs;
    }

    private void upload(String channel, String thread, List<Rendered.Upload> uploads) {
        for (Rendered.Upload file : uploads) {
            calls.ok(
                    api.call(
                            SlackApi.UPLOAD,
                            channel,
                            client -> client.filesUploadV2(r -> r.channel(channel)
                                    .threadTs(thread)
                                    .filename(file.fileName())
                                    .title(file.title())
                                    .altTxt(file.altText())
                                    .fileData(file.bytes())
                                    .requestFileInfo(false))),
                    "files.uploadV2",
                    channel);
        }
    }

    String json(List<LayoutBlock> blocks) {
        return gson.toJson(blocks);
    }

    static boolean isDirectMessage(String channelId) {
        return channelId.startsWith("D");
    }
}
