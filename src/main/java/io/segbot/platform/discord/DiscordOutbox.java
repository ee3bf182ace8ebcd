package io.segbot.platform.discord;

import io.segbot.bot.Address;
import io.segbot.bot.DeliveryException;
import io.segbot.bot.Outbox;
import io.segbot.bot.Posted;
import io.segbot.bot.message.OutgoingMessage;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the core's messages to Discord: through an interaction's deferred reply while its hook
 * is valid (the first post replaces the "thinking…" reply, later ones follow up), else to the
 * channel; answers to a mention go into a thread started on the question; customer-level messages
 * only to a DM the outbox opens.
 *
 * <p>Thread-safety: safe from any number of core threads. Blocking: every method waits for Discord
 * (at most the call timeout a request).
 */
final class DiscordOutbox implements Outbox {
    private static final Logger log = LoggerFactory.getLogger(DiscordOutbox.class);
    static final String PLATFORM = "discord";
    /** The deferred reply's message id in webhook routes. */
    private static final String ORIGINAL = "@original";
    /** Marks a message posted to the channel instead of through an expired interaction hook. */
    private static final String IN_CHANNEL = "channel:";

    private final Supplier<JDA> jda;
    private final Hooks hooks;
    private final DiscordRenderer renderer;
    private final DiscordCalls calls;
    private final Conversations conversations;

    DiscordOutbox(
            Supplier<JDA> jda, Hooks hooks, DiscordRenderer renderer, DiscordCalls calls, Conversations conversations) {
        this.jda = jda;
        this.hooks = hooks;
        this.renderer = renderer;
        this.calls = calls;
        this.conversations = conversations;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Posted post(Address to, OutgoingMessage message) {
        Optional<Hooks.Ref> interaction = Hooks.ref(to);
        if (message.customerLevel() && !(channel(to.channelId()) instanceof PrivateChannel)) {
            throw new DeliveryException(
                    DeliveryException.Reason.OTHER,
                    "customer-level files go only to the requester's direct messages, not to " + to.channelId());
        }
        if (interaction.isEmpty()) {
            MessageChannel target = conversations.target(to, this::channel);
            return new Posted(to, send(target, renderer.render(message, null), conversations.replyTo(to)));
        }
        Optional<Hooks.Entry> live = hooks.live(interaction.get().interactionId());
        if (live.isPresent()) {
            try {
                return new Posted(to, throughHook(live.get(), renderer.render(message, null)));
            } catch (DeliveryException e) {
                forgetIfGone(interaction.get(), e);
            }
        }
        // Too old, refused by Discord, or from before a restart: a channel message naming the requester.
        String id = send(
                channel(to.channelId()),
                renderer.render(message, interaction.get().userId()),
                null);
        return new Posted(to, IN_CHANNEL + id);
    }

    @Override
    public void update(Posted posted, OutgoingMessage message) {
        Optional<Hooks.Ref> interaction = Hooks.ref(posted.address());
        if (interaction.isEmpty()) {
            edit(
                    conversations.target(posted.address(), this::channel),
                    posted.messageId(),
                    renderer.render(message, null));
            return;
        }
        if (posted.messageId().startsWith(IN_CHANNEL)) {
            List<MessageCreateData> named =
                    renderer.render(message, interaction.get().userId());
            edit(channel(posted.address().channelId()), posted.messageId().substring(IN_CHANNEL.length()), named);
            return;
        }
        Optional<Hooks.Entry> live = hooks.live(interaction.get().interactionId());
        if (live.isEmpty()) {
            log.debug("interaction {} is too old to edit; its result will be posted anew", interaction.get());
            return;
        }
        try {
            editThroughHook(live.get(), posted.messageId(), renderer.render(message, null));
        } catch (DeliveryException e) {
            forgetIfGone(interaction.get(), e);
            log.debug(
                    "interaction {}: Discord no longer takes edits; its result will be posted anew", interaction.get());
        }
    }

    @Override
    public void finish(Posted progress, OutgoingMessage result) {
        Optional<Hooks.Ref> interaction = Hooks.ref(progress.address());
        if (interaction.isEmpty() || progress.messageId().startsWith(IN_CHANNEL)) {
            update(progress, result);
            return;
        }
        Optional<Hooks.Entry> live = hooks.live(interaction.get().interactionId());
        if (live.isPresent()) {
            try {
                editThroughHook(live.get(), progress.messageId(), renderer.render(result, null));
                return;
            } catch (DeliveryException e) {
                forgetIfGone(interaction.get(), e);
            }
        }
        // The deferred reply can no longer be edited: post the result so its requester is notified.
        send(
                channel(progress.address().channelId()),
                renderer.render(result, interaction.get().userId()),
                null);
    }

    /** A hook Discord no longer accepts is forgotten; any other failure is the caller's. */
    private void forgetIfGone(Hooks.Ref interaction, DeliveryException failure) {
        if (!DiscordCalls.hookGone(failure)) {
            throw failure;
        }
        hooks.forget(interaction.interactionId());
    }

    private void editThroughHook(Hooks.Entry entry, String messageId, List<MessageCreateData> rendered) {
        MessageEditData edit = edit(rendered.get(0));
        calls.await(
                messageId.equals(ORIGINAL)
                        ? entry.hook.editOriginal(edit)
                        : entry.hook.editMessageById(messageId, edit),
                "the interaction reply");
        followUps(entry, rendered);
    }

    private void edit(MessageChannel channel, String messageId, List<MessageCreateData> rendered) {
        calls.await(channel.editMessageById(messageId, edit(rendered.get(0))), where(channel));
        send(channel, rendered.subList(1, rendered.size()), null);
    }

    @Override
    public Posted postPrivately(String userId, OutgoingMessage message) {
        PrivateChannel dm = calls.await(jda.get().openPrivateChannelById(userId), "a DM with " + userId);
        Address to = new Address(PLATFORM, dm.getId(), null);
        return new Posted(to, send(dm, renderer.render(message, null), null));
    }

    @Override
    public void status(Address to, String text) {
        if (Hooks.ref(to).isPresent()) {
            return; // a deferred reply already shows "segbot is thinking…"
        }
        try {
            conversations.target(to, this::channel).sendTyping().queue(ok -> {}, error -> {});
        } catch (RuntimeException e) {
            log.debug("no typing indicator in {}: {}", to, e.toString());
        }
    }

    /** The first message replaces the deferred reply unless a post already did; the rest follow up. */
    private String throughHook(Hooks.Entry entry, List<MessageCreateData> rendered) {
        entry.lock.lock();
        try {
            String id;
            if (!entry.originalTaken) {
                entry.originalTaken = true;
                calls.await(entry.hook.editOriginal(edit(rendered.get(0))), "the interaction reply");
                id = ORIGINAL;
            } else {
                id = calls.await(entry.hook.sendMessage(rendered.get(0)), "the interaction reply")
                        .getId();
            }
            followUps(entry, rendered);
            return id;
        } finally {
            entry.lock.unlock();
        }
    }

    private void followUps(Hooks.Entry entry, List<MessageCreateData> rendered) {
        for (MessageCreateData next : rendered.subList(1, rendered.size())) {
            calls.await(entry.hook.sendMessage(next), "the interaction reply");
        }
    }

    /** Sends the messages in order; the first replies to {@code replyTo} when given. */
    private String send(MessageChannel channel, List<MessageCreateData> messages, String replyTo) {
        String first = null;
        for (MessageCreateData data : messages) {
            var action = channel.sendMessage(data);
            if (first == null && replyTo != null) {
                action = action.setMessageReference(replyTo)
                        .failOnInvalidReply(false)
                        .mentionRepliedUser(false);
            }
            Message sent = calls.await(action, where(channel));
            first = first == null ? sent.getId() : first;
        }
        return first;
    }

    static MessageEditData edit(MessageCreateData data) {
        return MessageEditBuilder.fromCreateData(data).setReplace(true).build();
    }

    MessageChannel channel(String channelId) {
        MessageChannel channel = jda.get().getChannelById(MessageChannel.class, channelId);
        if (channel == null) {
            throw new DeliveryException(
                    DeliveryException.Reason.NO_SUCH_CHANNEL,
                    "I can't see a channel " + channelId + ": it does not exist, or segbot's role may not view it");
        }
        return channel;
    }

    private static String where(MessageChannel channel) {
        return "#" + channel.getName() + " (" + channel.getId() + ")";
    }
}
