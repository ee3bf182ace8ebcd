package io.segbot.report;

import java.util.List;
import java.util.Objects;

/**
 * A platform-neutral report: rendered once, then delivered by any sink (folder, Slack, Discord).
 *
 * @param kind segments, churn, clv, mece or movement
 * @param title one line
 * @param source where the figures come from (run, dataset, as-of date)
 * @param summary short lines shown first
 * @param tables titled monospace tables
 * @param charts PNG charts
 * @param attachments CSV files
 */
public record Report(
        String kind,
        String title,
        String source,
        List<String> summary,
        List<Section> tables,
        List<Chart> charts,
        List<Attachment> attachments) {
    public Report {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        summary = List.copyOf(summary);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        attachments = List.copyOf(attachments);
    }

    /** A titled table. */
    public record Section(String title, TextTable table) {
        public Section {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(table, "table");
        }
    }

    /**
     * A rendered chart.
     *
     * @param fileName e.g. revenue-share.png
     * @param altText what the chart shows, for screen readers and text-only platforms
     */
    public record Chart(String fileName, String title, String altText, byte[] png) {
        public Chart {
            Objects.requireNonNull(fileName, "fileName");
            if (!fileName.endsWith(".png")) {
                throw new IllegalArgumentException("chart file names end in .png, got " + fileName);
            }
            if (png.length == 0) {
                throw new IllegalArgumentException("chart " + fileName + " has no image data");
            }
        }
    }

    /** A file delivered with the report, written by streaming (never held in memory whole). */
    public record Attachment(String fileName, String description, Writer writer) {
        /** Streams the attachment's content. */
        @FunctionalInterface
        public interface Writer {
            void writeTo(java.io.Writer out) throws java.io.IOException;
        }
    }
}
