package io.segbot.platform.discord;

import io.segbot.bot.Address;
import io.segbot.bot.DeliveryException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * Where a conversation's answers go. A mention in a channel is answered in a thread started on the
 * question (the thread's id is the question's id, so the address is {@code channel + message id}
 * and memory is per thread); a mention inside a thread, in that thread; a DM in the DM, each answer
 * a reply to its question (answers of one conversation come in order, so the oldest unanswered
 * question is the one answered).
 *
 * <p>Thread-safety: safe from any thread.
 */
final class Conversations {
    private static final int TITLE_CHARS = 90;
    private static final int REMEMBERED = 5_000;

    private final java.util.function.Supplier<JDA> jda;
    private final DiscordCalls calls;
    private final Map<String, ThreadChannel> threads = new ConcurrentHashMap<>();
    private final Map<String, Deque<String>> unanswered = new ConcurrentHashMap<>();
    private final Map<String, String> titles = java.util.Collections.synchronizedMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    });

    Conversations(java.util.function.Supplier<JDA> jda, DiscordCalls calls) {
        this.jda = jda;
        this.calls = calls;
    }

    /** A question in a channel: its thread will be named after it. */
    void questionInChannel(String messageId, String question) {
        titles.put(messageId, question);
    }

    /** A question in a DM: the next answer there replies to it. */
    void questionInDm(String channelId, String messageId) {
        Deque<String> queue = unanswered.computeIfAbsent(channelId, c -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addLast(messageId);
            while (queue.size() > 50) {
                queue.removeFirst();
            }
        }
    }

    /** The message the next post to {@code to} replies to, if any. */
    String replyTo(Address to) {
        if (to.threadId() != null) {
            return null;
        }
        Deque<String> queue = unanswered.get(to.channelId());
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.pollFirst();
        }
    }

    MessageChannel target(Address to, Function<String, MessageChannel> channels) {
        if (to.threadId() == null) {
            return channels.apply(to.channelId());
        }
        ThreadChannel existing = jda.get().getThreadChannelById(to.threadId());
        if (existing != null) {
            return existing;
        }
        return threads.computeIfAbsent(to.threadId(), messageId -> start(to, channels));
    }

    private ThreadChannel start(Address to, Function<String, MessageChannel> channels) {
        MessageChannel parent = channels.apply(to.channelId());
        if (!(parent instanceof TextChannel text)) {
            throw new DeliveryException(
                    DeliveryException.Reason.OTHER, "channel " + to.channelId() + " cannot hold threads");
        }
        String question = titles.getOrDefault(to.threadId(), "");
        String name = question.isBlank() ? "segbot" : DiscordText.shorten(question.replace('\n', ' '), TITLE_CHARS);
        return calls.await(text.createThreadChannel(name, to.threadId()), "#" + text.getName());
    }
}
