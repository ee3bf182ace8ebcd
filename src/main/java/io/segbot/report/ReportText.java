package io.segbot.report;

/**
 * Renders a report as markdown with monospace tables in code fences: readable in a terminal,
 * searchable and copyable in chat (tables are never sent as images).
 */
public final class ReportText {
    private ReportText() {}

    public static String markdown(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(report.title()).append('\n');
        out.append('_').append(report.source()).append("_\n\n");
        for (String line : report.summary()) {
            out.append("- ").append(line).append('\n');
        }
        for (Report.Section section : report.tables()) {
            out.append('\n')
                    .append("## ")
                    .append(section.title())
                    .append("\n```\n")
                    .append(section.table().render())
                    .append("```\n");
        }
        if (!report.charts().isEmpty()) {
            out.append("\n## Charts\n");
            for (Report.Chart chart : report.charts()) {
                out.append("![")
                        .append(chart.altText())
                        .append("](")
                        .append(chart.fileName())
                        .append(")\n");
            }
        }
        if (!report.attachments().isEmpty()) {
            out.append("\n## Files\n");
            for (Report.Attachment attachment : report.attachments()) {
                out.append("- ")
                        .append(attachment.fileName())
                        .append(": ")
                        .append(attachment.description())
                        .append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The same report in Slack mrkdwn: bold lines instead of headings (Slack has none), bullets,
     * tables in code blocks, charts and files named with their alt text or description (they are
     * uploaded next to the text), and {@code &}, {@code <}, {@code >} escaped as Slack requires.
     * Split the result with {@link MessageSplitter} to {@value MessageSplitter#SLACK_SECTION_CHARS}
     * characters a section.
     */
    public static String slack(Report report) {
        StringBuilder out = new StringBuilder();
        out.append('*').append(report.title()).append("*\n");
        out.append('_').append(report.source()).append("_\n\n");
        for (String line : report.summary()) {
            out.append("• ").append(line).append('\n');
        }
        for (Report.Section section : report.tables()) {
            out.append("\n*")
                    .append(section.title())
                    .append("*\n```\n")
                    .append(section.table().render())
                    .append("```\n");
        }
        if (!report.charts().isEmpty()) {
            out.append("\n*Charts*\n");
            report.charts().forEach(c -> out.append("• ")
                    .append(c.fileName())
                    .append(": ")
                    .append(c.altText())
                    .append('\n'));
        }
        if (!report.attachments().isEmpty()) {
            out.append("\n*Files*\n");
            report.attachments().forEach(a -> out.append("• ")
                    .append(a.fileName())
                    .append(": ")
                    .append(a.description())
                    .append('\n'));
        }
        return out.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
