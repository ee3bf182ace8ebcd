package io.segbot.bench;

import io.segbot.bot.Address;
import io.segbot.bot.Outbox;
import io.segbot.bot.Posted;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An outbox for {@code bench chat} that hands each answer's text to the waiting benchmark. */
final class BenchOutbox implements Outbox {
    private final LinkedBlockingQueue<String> answers = new LinkedBlockingQueue<>();

    @Override
    public String platform() {
        return "console";
    }

    @Override
    public Posted post(Address to, OutgoingMessage message) {
        answers.add(message.partsOf(Part.Markdown.class).stream()
                .map(Part.Markdown::text)
                .findFirst()
                .orElse(""));
        return new Posted(to, "bench");
    }

    @Override
    public void update(Posted posted, OutgoingMessage message) {}

    @Override
    public Posted postPrivately(String userId, OutgoingMessage message) {
        return post(new Address("console", "private", null), message);
    }

    /** The next answer's text; fails after 5 minutes without one (the first answer loads the run). */
    String next() throws InterruptedException {
        String answer = answers.poll(300, TimeUnit.SECONDS);
        if (answer == null) {
            throw new IllegalStateException("no answer within 5 minutes");
        }
        return answer;
    }
}
