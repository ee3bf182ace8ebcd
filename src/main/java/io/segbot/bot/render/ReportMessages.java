package io.segbot.bot.render;

import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.report.Report;
import io.segbot.report.TextTable;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The one conversion of a {@link Report} to outgoing messages: what may go to a channel (text,
 * tables, charts) and, apart, its files. Every report file today lists individual customers or
 * users (customers.csv, mece-members.csv, moved-customers.csv), so files are customer-level and
 * travel only privately to whoever asked.
 *
 * @param channel the report without its files
 * @param files the customer-level files, or empty when the report has none
 */
public record ReportMessages(OutgoingMessage channel, Optional<OutgoingMessage> files) {
    public static ReportMessages of(Report report) {
        OutgoingMessage.Builder message = OutgoingMessage.builder().heading(report.title());
        if (!report.summary().isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (String line : report.summary()) {
                text.append("• ").append(Markdown.plain(line)).append('\n');
            }
            message.markdown(text.toString().strip());
        }
        for (Report.Section section : report.tables()) {
            message.add(table(section));
        }
        for (Report.Chart chart : report.charts()) {
            message.add(new Part.Image(chart.fileName(), chart.title(), chart.altText(), chart.png()));
        }
        message.source(report.source());
        if (report.attachments().isEmpty()) {
            return new ReportMessages(message.build(), Optional.empty());
        }
        OutgoingMessage.Builder files = OutgoingMessage.builder()
                .markdown("The customer-level files of _" + Markdown.plain(report.title()) + "_, for you only.");
        for (Report.Attachment attachment : report.attachments()) {
            files.add(attachment(attachment));
        }
        files.source(report.source());
        return new ReportMessages(message.build(), Optional.of(files.build()));
    }

    static Part.Table table(Report.Section section) {
        List<Part.Column> columns = section.table().columns().stream()
                .map(c -> new Part.Column(
                        c.heading(), c.align() == TextTable.Align.RIGHT ? Part.Align.RIGHT : Part.Align.LEFT))
                .toList();
        return new Part.Table(section.title(), columns, section.table().rows());
    }

    static Part.Attachment attachment(Report.Attachment attachment) {
        return new Part.Attachment(attachment.fileName(), "text/csv", attachment.description(), true, out -> {
            // The adapter owns the stream: flush what the writer buffered, leave the stream open.
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            attachment.writer().writeTo(writer);
            writer.flush();
        });
    }
}
