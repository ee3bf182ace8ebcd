package io.segbot.bot;

import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A test outbox that records everything the core sends, in order, as one line per call:
 * "post C1: text", "update C1#3: text", "private U1: text", "status C1: text", "append C1: text",
 * "finish C1: text". The text is every part's text joined with " | ".
 */
final class RecordingOutbox implements Outbox {
    private final String platform;
    private final List<String> log = new ArrayList<>();
    private final List<OutgoingMessage> messages = new ArrayList<>();
    private final LinkedBlockingQueue<String> arrivals = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();
    volatile boolean streams;
    volatile RuntimeException failure;
    /** Posts to this channel throw {@link #failure} (a private channel the bot is not in). */
    volatile String failingChannel;
    /** Posts to this channel wait until {@link #release} (a platform pacing or slow to answer). */
    volatile String heldChannel;

    private final java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);

    /** Lets the posts waiting on {@link #heldChannel} through. */
    void release() {
        held.countDown();
    }

    RecordingOutbox(String platform) {
        this.platform = platform;
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public Posted post(Address to, OutgoingMessage message) {
        if (to.channelId().equals(failingChannel)) {
            add("refused " + to.channelId() + ": " + text(message));
            throw failure;
        }
        if (to.channelId().equals(heldChannel)) {
            add("held " + to.channelId());
            try {
                if (!held.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("a held post was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String id = to.channelId() + "#" + ids.incrementAndGet();
        record("post " + to.channelId() + ": ", message);
        return new Posted(to, id);
    }

    @Override
    public void update(Posted posted, OutgoingMessage message) {
        record("update " + posted.messageId() + ": ", message);
    }

    @Override
    public Posted postPrivately(String userId, OutgoingMessage message) {
        record("private " + userId + ": ", message);
        return new Posted(new Address(platform, "D-" + userId, null), "D" + ids.incrementAndGet());
    }

    @Override
    public void status(Address to, String text) {
        add("status " + to.channelId() + ": " + text);
    }

    @Override
    public AnswerStream stream(Address to) {
        if (!streams) {
            return Outbox.super.stream(to);
        }
        return new AnswerStream() {
            @Override
            public void append(String checkedMarkdown) {
                add("append " + to.channelId() + ": " + checkedMarkdown);
            }

            @Override
            public Posted finish(OutgoingMessage complete) {
                record("finish " + to.channelId() + ": ", complete);
                return new Posted(to, "stream" + ids.incrementAndGet());
            }
        };
    }

    private void record(String prefix, OutgoingMessage message) {
        synchronized (this) {
            messages.add(message);
        }
        add(prefix + text(message));
    }

    private synchronized void add(String line) {
        log.add(line);
        arrivals.add(line);
    }

    static String text(OutgoingMessage message) {
        List<String> texts = new ArrayList<>();
        for (Part part : message.parts()) {
            if (part instanceof Part.Heading h) {
                texts.add(h.text());
            } else if (part instanceof Part.Markdown m) {
                texts.add(m.text());
            } else if (part instanceof Part.Table t) {
                texts.add("table " + t.title() + " " + t.rows());
            } else if (part instanceof Part.Attachment a) {
                texts.add("file " + a.fileName() + (a.customerLevel() ? " (customer-level)" : ""));
            } else if (part instanceof Part.Image i) {
                texts.add("image " + i.fileName());
            } else if (part instanceof Part.Actions actions) {
                texts.add("buttons "
                        + actions.actions().stream().map(Part.Action::label).toList());
            } else if (part instanceof Part.SourceLine s) {
                texts.add("source " + s.text());
            }
        }
        return String.join(" | ", texts);
    }

    /** Waits for the next call matching {@code wanted}, skipping others; fails after 30 s. */
    String await(Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String line = arrivals.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && wanted.test(line)) {
                return line;
            }
        }
        throw new AssertionError("no matching call within 30 s; calls so far: " + log());
    }

    synchronized List<String> log() {
        return List.copyOf(log);
    }

    synchronized List<OutgoingMessage> messages() {
        return List.copyOf(messages);
    }
}
