package io.segbot.bot;

import io.segbot.bot.command.Command;
import io.segbot.bot.command.Usage;
import io.segbot.bot.job.ProgressLine;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.bot.render.Markdown;
import io.segbot.report.Formats;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.DatasetInfo;
import io.segbot.store.DatasetRepository;
import io.segbot.store.JobRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The answers to help, datasets and status: short, shown to the asker at once. */
final class Listings {
    private static final Part.Align L = Part.Align.LEFT;
    private static final Part.Align R = Part.Align.RIGHT;

    private final BotServices services;
    private final JobRepository jobs;

    Listings(BotServices services, JobRepository jobs) {
        this.services = services;
        this.jobs = jobs;
    }

    OutgoingMessage help(String command, String platform) {
        String prefix = Commands.prefix(platform);
        if (command != null) {
            Usage.Line line = Usage.of(command).orElseThrow();
            return OutgoingMessage.text(Markdown.code(prefix + line.syntax()) + " — " + line.purpose() + ".");
        }
        StringBuilder text = new StringBuilder("Ask me about your customers in plain words, or use a command:\n");
        for (Map.Entry<String, Usage.Line> entry : Usage.all().entrySet()) {
            text.append("• ")
                    .append(Markdown.code(prefix + entry.getValue().syntax()))
                    .append(" — ")
                    .append(entry.getValue().purpose())
                    .append('\n');
        }
        return OutgoingMessage.builder()
                .heading("segbot commands")
                .markdown(text.toString().strip())
                .build();
    }

    OutgoingMessage datasets() {
        List<DatasetInfo> datasets = new DatasetRepository(services.database()).list();
        if (datasets.isEmpty()) {
            return OutgoingMessage.text("No dataset is imported yet: run `segbot import transactions FILE` on the"
                    + " machine segbot runs on.");
        }
        List<List<String>> rows = new ArrayList<>();
        for (DatasetInfo d : datasets) {
            rows.add(List.of(
                    d.name(),
                    d.kind(),
                    Formats.count(d.rowsImported()),
                    Formats.count(d.customers()),
                    d.lastDate() == null ? "" : d.lastDate().toString()));
        }
        List<List<String>> runRows = new ArrayList<>();
        List<RunRecords.Run> runs = new RunRepository(services.database()).list();
        for (RunRecords.Run run : runs.subList(Math.max(0, runs.size() - 10), runs.size())) {
            runRows.add(List.of(
                    Long.toString(run.id()),
                    run.dataset(),
                    run.asOf().toString(),
                    Formats.count(run.customers()),
                    Integer.toString(run.k())));
        }
        OutgoingMessage.Builder message = OutgoingMessage.builder()
                .add(new Part.Table(
                        "Datasets",
                        List.of(
                                col("dataset", L),
                                col("kind", L),
                                col("rows", R),
                                col("customers", R),
                                col("last date", L)),
                        rows));
        if (!runRows.isEmpty()) {
            message.add(new Part.Table(
                    "Latest analysis runs",
                    List.of(col("run", R), col("dataset", L), col("as of", L), col("customers", R), col("k", R)),
                    runRows));
        }
        return message.build();
    }

    OutgoingMessage status(Command.Status status, Inbound in) {
        if (status.jobId() != null) {
            return jobs.find(status.jobId())
                    .map(job -> OutgoingMessage.text(line(job)))
                    .orElse(OutgoingMessage.text("There is no job " + status.jobId() + "."));
        }
        List<JobRepository.Row> recent =
                jobs.recent(in.requester().platform(), in.requester().userId(), 5);
        if (recent.isEmpty()) {
            return OutgoingMessage.text("You have no jobs yet; start one with "
                    + Markdown.code(Commands.prefix(in.replyTo().platform()) + "run") + ".");
        }
        StringBuilder text = new StringBuilder();
        recent.forEach(job -> text.append("• ").append(line(job)).append('\n'));
        return OutgoingMessage.text(text.toString().strip());
    }

    /** "Job 12 (run sample): running, step 3/5 — clustering 48,210 customers, 62 %, 0:07". */
    String line(JobRepository.Row job) {
        String active = line(job, JobDelivery.title(job));
        boolean stopping = job.cancelRequested()
                && (job.state().equals("queued") || job.state().equals("running"));
        if (!stopping) {
            return active;
        }
        String open = active.endsWith(".") ? active.substring(0, active.length() - 1) : active;
        return open + "; cancel requested, it stops after its current step.";
    }

    private String line(JobRepository.Row job, String title) {
        return switch (job.state()) {
            case "queued" -> title + ": queued.";
            case "running" -> title + ": running, "
                    + ProgressLine.format(
                            job.step(),
                            job.steps(),
                            job.stepLabel() == null ? "starting" : job.stepLabel(),
                            job.fraction(),
                            Duration.between(job.startedAt() == null ? job.createdAt() : job.startedAt(), now()));
            case "succeeded" -> title + ": succeeded"
                    + (job.resultRunId() == null ? "." : ", run " + job.resultRunId() + ".");
            default -> JobDelivery.ending(job);
        };
    }

    private Instant now() {
        return services.clock().instant();
    }

    private static Part.Column col(String heading, Part.Align align) {
        return new Part.Column(heading, align);
    }
}
