package io.segbot.bot;

import io.segbot.bot.message.OutgoingMessage;

/**
 * An answer shown as it is produced, sentence by sentence. Every piece the core appends has
 * already passed the grounding check; {@link #finish} closes it with the complete message (which
 * replaces what was streamed where the platform allows it).
 *
 * <p>Thread-safety: used by one thread. Blocking: may block on network I/O.
 */
public interface AnswerStream {
    void append(String checkedMarkdown);

    Posted finish(OutgoingMessage complete);

    /** Shows nothing until the answer is complete, then posts it. */
    final class Buffered implements AnswerStream {
        private final Outbox outbox;
        private final Address to;

        public Buffered(Outbox outbox, Address to) {
            this.outbox = outbox;
            this.to = to;
        }

        @Override
        public void append(String checkedMarkdown) {
            // nothing shown before the whole answer
        }

        @Override
        public Posted finish(OutgoingMessage complete) {
            return outbox.post(to, complete);
        }
    }
}
