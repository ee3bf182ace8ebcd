package io.segbot.report;

import java.util.List;

/**
 * Renders a {@link Report} as text. Tables are always monospace (inside code fences where the
 * dialect has them), so they stay searchable and copyable in chat, unlike tables sent as images.
 * The output is a pure function of the report: the same report renders to the same text.
 */
public final class MarkdownRenderer {
    /** The text flavour a destination understands. */
    public enum Dialect {
        /** CommonMark/GitHub markdown; Discord renders it too (headings, bold, code fences). */
        MARKDOWN,
        /** Slack mrkdwn: {@code *bold*} instead of headings, {@code &<>} escaped, code fences kept. */
        SLACK,
        /** Plain text for consoles: underlined headings, tables without fences. */
        PLAIN
    }

    static final String FENCE = "```";

    private MarkdownRenderer() {}

    public static String render(Report report, Dialect dialect) {
        StringBuilder out = new StringBuilder();
        heading(out, report.title(), 1, dialect);
        for (Report.RunInfo run : report.runs()) {
            out.append(run.describe()).append('\n');
        }
        out.append('\n');
        if (!report.summary().isEmpty()) {
            for (String line : report.summary()) {
                out.append(dialect == Dialect.SLACK ? "• " : "- ").append(line).append('\n');
            }
            out.append('\n');
        }
        for (ReportTable table : report.tables()) {
            heading(out, table.title(), 2, dialect);
            String body = table.rows().isEmpty() ? "(none)\n" : table.render();
            if (dialect == Dialect.PLAIN) {
                out.append(body);
            } else {
                out.append(FENCE).append('\n').append(body).append(FENCE).append('\n');
            }
            out.append('\n');
        }
        charts(out, report.charts(), dialect);
        files(out, report.attachments(), dialect);
        String text = out.toString().stripTrailing() + "\n";
        return dialect == Dialect.SLACK ? slackEscape(text) : text;
    }

    private static void charts(StringBuilder out, List<ChartImage> charts, Dialect dialect) {
        if (charts.isEmpty()) {
            return;
        }
        heading(out, "Charts", 2, dialect);
        for (ChartImage chart : charts) {
            if (dialect == Dialect.MARKDOWN) {
                out.append("![")
                        .append(chart.altText().replace("]", ")"))
                        .append("](")
                        .append(chart.fileName())
                        .append(")\n\n");
            } else {
                out.append("- ")
                        .append(chart.fileName())
                        .append(": ")
                        .append(chart.altText())
                        .append('\n');
            }
        }
        if (dialect != Dialect.MARKDOWN) {
            out.append('\n');
        }
    }

    private static void files(StringBuilder out, List<Attachment> attachments, Dialect dialect) {
        if (attachments.isEmpty()) {
            return;
        }
        heading(out, "Files", 2, dialect);
        for (Attachment file : attachments) {
            String name = dialect == Dialect.PLAIN ? file.fileName() : "`" + file.fileName() + "`";
            out.append("- ")
                    .append(name)
                    .append(": ")
                    .append(file.description())
                    .append('\n');
        }
    }

    private static void heading(StringBuilder out, String text, int level, Dialect dialect) {
        switch (dialect) {
            case MARKDOWN -> out.append("#".repeat(level))
                    .append(' ')
                    .append(text)
                    .append("\n\n");
            case SLACK -> out.append('*').append(text).append("*\n\n");
            case PLAIN -> out.append(text)
                    .append('\n')
                    .append((level == 1 ? "=" : "-").repeat(text.length()))
                    .append("\n\n");
            default -> throw new IllegalArgumentException("unknown dialect " + dialect);
        }
    }

    /** Slack requires {@code &}, {@code <} and {@code >} escaped in all message text. */
    static String slackEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
