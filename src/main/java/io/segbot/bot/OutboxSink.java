package io.segbot.bot;

import io.segbot.bot.render.ReportMessages;
import io.segbot.report.Report;
import io.segbot.report.ReportSink;

/**
 * Delivers a scheduled report through a platform's outbox: the report to the channel; its
 * customer-level files never go to a channel (whoever needs them asks with {@code export}).
 * A refused delivery throws {@link DeliveryException}, so the scheduler retries it.
 */
final class OutboxSink implements ReportSink {
    private final Outbox outbox;

    OutboxSink(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void deliver(Report report, String channel) {
        outbox.post(
                new Address(outbox.platform(), channel, null),
                ReportMessages.of(report).channel());
    }
}
