package io.segbot.bot;

import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.report.Scheduler;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.JobRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The home screen (Slack's Home tab): the latest run's segments, the viewer's recent jobs, the
 * schedules with their last outcome, and buttons to run or report. Read from the store each time it
 * is opened, so it is live.
 */
final class HomeDashboard implements Dashboard {
    private static final Part.Align L = Part.Align.LEFT;

    private final BotServices services;
    private final JobRepository jobs;
    private final Listings listings;
    private final Scheduler scheduler;

    HomeDashboard(BotServices services, JobRepository jobs, Scheduler scheduler) {
        this.services = services;
        this.jobs = jobs;
        this.listings = new Listings(services, jobs);
        this.scheduler = scheduler;
    }

    @Override
    public OutgoingMessage home(Requester viewer) {
        OutgoingMessage.Builder home = OutgoingMessage.builder().heading("segbot");
        RunRepository runs = new RunRepository(services.database());
        Optional<RunRecords.Run> latest = runs.latest();
        if (latest.isEmpty()) {
            home.markdown("No analysis run yet: import a dataset on the machine segbot runs on, then press Run.");
        } else {
            RunRecords.Run run = latest.get();
            home.add(JobResults.clusterTable(
                    "Latest analysis run " + run.id() + " · dataset " + run.dataset() + " · as of " + run.asOf(),
                    runs.segments(run.id())));
        }
        List<JobRepository.Row> recent = jobs.recent(viewer.platform(), viewer.userId(), 5);
        StringBuilder jobLines = new StringBuilder("**Your recent jobs**\n");
        recent.forEach(job -> jobLines.append("• ").append(listings.line(job)).append('\n'));
        home.markdown(
                recent.isEmpty()
                        ? "**Your recent jobs**\nNone yet."
                        : jobLines.toString().strip());
        List<List<String>> schedules = new ArrayList<>();
        for (Scheduler.Listed listed : scheduler.listWithOutcomes()) {
            schedules.add(List.of(
                    listed.schedule().name(),
                    listed.schedule().kind(),
                    listed.schedule().platform() + " " + listed.schedule().channel(),
                    listed.next().map(Object::toString).orElse(""),
                    listed.lastOutcome() == null ? "" : listed.lastOutcome()));
        }
        if (schedules.isEmpty()) {
            home.markdown("**Schedules**\nNone yet.");
        } else {
            home.add(new Part.Table(
                    "Schedules",
                    List.of(col("name", L), col("report", L), col("to", L), col("next", L), col("last outcome", L)),
                    schedules));
        }
        return home.add(new Part.Actions(List.of(
                        new Part.Action(Part.Actions.RERUN, "Run analysis", "run"),
                        new Part.Action(Part.Actions.RERUN, "Segments report", "report segments"))))
                .build();
    }

    private static Part.Column col(String heading, Part.Align align) {
        return new Part.Column(heading, align);
    }
}
