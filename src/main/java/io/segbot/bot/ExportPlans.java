package io.segbot.bot;

import io.segbot.analytics.SegmentFamily;
import io.segbot.analytics.SegmentProfile;
import io.segbot.bot.command.Command;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.bot.render.Markdown;
import io.segbot.report.CustomerCsv;
import io.segbot.report.Formats;
import io.segbot.segmentation.AnalysisException;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Customer-list exports as jobs: the segment is resolved at once (an unknown one is refused with
 * the run's segments), the CSV is streamed from H2 when the platform uploads it, and the file only
 * ever goes privately to the requester.
 */
final class ExportPlans {
    private final BotServices services;

    ExportPlans(BotServices services) {
        this.services = services;
    }

    /** {@code export SEGMENT} on the latest run: "At Risk", "cluster 2" or "2". */
    Works.Planned segment(Command.Export export) {
        RunRepository runs = new RunRepository(services.database());
        RunRecords.Run run = runs.latest()
                .orElseThrow(() -> new AnalysisException("there is no analysis run yet; start one with: run"));
        List<SegmentProfile> segments = runs.segments(run.id());
        SegmentProfile segment = find(segments, export.segment())
                .orElseThrow(() -> new AnalysisException("run " + run.id() + " has no segment '" + export.segment()
                        + "'; its segments are " + String.join(", ", names(segments))));
        String what = (SegmentFamily.CLUSTER.matches(segment.family())
                        ? "cluster " + segment.key() + " (" + segment.label() + ")"
                        : segment.label())
                + " of run " + run.id();
        return plan(run, segment, what);
    }

    /** The Export CSV button: payload {@code run N}, every customer of the run. */
    Works.Planned payload(String payload) {
        String id = payload.strip().toLowerCase(Locale.ROOT).replaceFirst("^run\\s+", "");
        if (!id.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("the Export CSV button carries no run id");
        }
        RunRecords.Run run = new RunRepository(services.database())
                .find(Long.parseLong(id))
                .orElseThrow(() -> new AnalysisException("there is no run " + id + " any more"));
        return plan(run, null, "every customer of run " + run.id());
    }

    private Works.Planned plan(RunRecords.Run run, SegmentProfile segment, String what) {
        RunRepository runs = new RunRepository(services.database());
        String file = "run-" + run.id() + "-"
                + (segment == null
                        ? "all"
                        : (segment.family() + "-" + segment.key())
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9]+", "-"))
                + ".csv";
        long customers = segment == null ? run.customers() : segment.customers();
        OutgoingMessage note = OutgoingMessage.text("The export of " + Markdown.plain(what) + " ("
                + Formats.count(customers) + " customers) went to you privately.");
        return Works.export(what, note, () -> OutgoingMessage.builder()
                .markdown("**" + Formats.count(customers) + "** customers: " + Markdown.plain(what) + ".")
                .add(new Part.Attachment(file, "text/csv", what, true, out -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    CustomerCsv csv = new CustomerCsv(writer);
                    runs.forEachCustomer(
                            run.id(),
                            segment == null ? null : segment.family(),
                            segment == null ? null : segment.key(),
                            csv::write);
                    writer.flush();
                }))
                .source("run " + run.id() + " · dataset " + run.dataset() + " · as of " + run.asOf())
                .build());
    }

    static Optional<SegmentProfile> find(List<SegmentProfile> segments, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT).replaceFirst("^(cluster|segment)\\s+#?", "");
        Optional<SegmentProfile> cluster = segments.stream()
                .filter(s ->
                        SegmentFamily.CLUSTER.matches(s.family()) && s.key().equals(wanted))
                .findFirst();
        if (cluster.isPresent()) {
            return cluster;
        }
        return segments.stream()
                .filter(s -> SegmentFamily.RFM.matches(s.family()) && s.label().equalsIgnoreCase(wanted))
                .findFirst()
                .or(() -> segments.stream()
                        .filter(s -> s.label().equalsIgnoreCase(wanted))
                        .findFirst());
    }

    static List<String> names(List<SegmentProfile> segments) {
        // clusters first: they are what a run's result table shows
        return java.util.stream.Stream.concat(
                        segments.stream().filter(s -> SegmentFamily.CLUSTER.matches(s.family())),
                        segments.stream().filter(s -> !SegmentFamily.CLUSTER.matches(s.family())))
                .map(s -> SegmentFamily.CLUSTER.matches(s.family()) ? "cluster " + s.key() : s.label())
                .toList();
    }
}
