package io.segbot.bot;

import io.segbot.bot.job.JobEvents;
import io.segbot.bot.job.Waiter;
import io.segbot.bot.job.Work;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.store.JobRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows jobs on their platform: the progress line is posted once, updated in place (Jobs calls at
 * most once a second), then replaced by the result; customer-level files go privately to the
 * requester; others who asked for the same dataset get the result too.
 */
final class JobDelivery implements JobEvents {
    private final Outboxes outboxes;
    private final JobRepository repository;
    private final Map<Long, Posted> progress = new ConcurrentHashMap<>();

    JobDelivery(Outboxes outboxes, JobRepository repository) {
        this.outboxes = outboxes;
        this.repository = repository;
    }

    static Address address(JobRepository.Row job) {
        return new Address(job.platform(), job.channelId(), job.threadId());
    }

    static Requester requester(JobRepository.Row job) {
        return Requester.of(job.requesterPlatform(), job.requesterId());
    }

    static String title(JobRepository.Row job) {
        return "Job " + job.id() + " " + io.segbot.bot.render.Markdown.code(job.parameters());
    }

    @Override
    public void started(JobRepository.Row job, String progressLine) {
        outboxes.send(address(job), requester(job), line(job, progressLine)).ifPresent(posted -> {
            progress.put(job.id(), posted);
            repository.progressMessage(job.id(), posted.messageId());
        });
    }

    @Override
    public void progress(JobRepository.Row job, String progressLine) {
        Posted posted = progress.get(job.id());
        if (posted != null) {
            outboxes.update(posted, line(job, progressLine));
        }
    }

    private static OutgoingMessage line(JobRepository.Row job, String progressLine) {
        return OutgoingMessage.text(title(job) + ": " + progressLine);
    }

    @Override
    public void finished(JobRepository.Row job, Work.Result result, List<Waiter> waiters) {
        OutgoingMessage message = result != null ? result.message() : OutgoingMessage.text(ending(job));
        // Private files first, so the channel's "sent to you privately" is true when it shows.
        Optional.ofNullable(result)
                .map(Work.Result::privately)
                .ifPresent(files -> outboxes.send(address(job), requester(job), files));
        Posted posted = progress.remove(job.id());
        if (posted != null) {
            outboxes.finish(posted, message);
        } else {
            outboxes.send(address(job), requester(job), message);
        }
        for (Waiter waiter : waiters) {
            outboxes.send(waiter.replyTo(), waiter.requester(), message);
        }
    }

    /** One sentence for a job that did not succeed. */
    static String ending(JobRepository.Row job) {
        return switch (job.state()) {
            case "cancelled" -> title(job) + " was cancelled.";
            case "interrupted" -> title(job) + " was interrupted: the bot stopped while it ran. Start it again"
                    + " with the same command.";
            case "failed" -> title(job) + " failed: " + job.errorMessage() + " (reference " + job.errorRef() + ").";
            default -> title(job) + " ended: " + job.state() + ".";
        };
    }
}
