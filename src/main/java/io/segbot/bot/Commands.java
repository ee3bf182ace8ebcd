package io.segbot.bot;

import io.segbot.ErrorReference;
import io.segbot.bot.command.Command;
import io.segbot.bot.command.CommandParser;
import io.segbot.bot.command.Parsed;
import io.segbot.bot.job.JobRequest;
import io.segbot.bot.job.Jobs;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.bot.render.Markdown;
import io.segbot.report.Scheduler;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Carries out parsed commands and button clicks for {@link BotCore}. */
final class Commands {
    private static final Logger log = LoggerFactory.getLogger(Commands.class);

    private final Permissions permissions;
    private final RateLimits limits;
    private final Jobs jobs;
    private final Works works;
    private final Listings listings;
    private final ScheduleCommands schedules;
    private final ExportPlans exports;

    Commands(
            BotServices services,
            Permissions permissions,
            RateLimits limits,
            Jobs jobs,
            Scheduler scheduler,
            Outboxes outboxes) {
        this.permissions = permissions;
        this.limits = limits;
        this.jobs = jobs;
        this.works = new Works(services);
        this.listings = new Listings(services, jobs.repository());
        this.schedules = new ScheduleCommands(scheduler);
        this.exports = new ExportPlans(services);
    }

    /** Empty when {@code requester} may use {@code ability} now; else the refusal to send. */
    Optional<Ack> check(Requester requester, Ability ability) {
        if (!permissions.allows(requester, ability)) {
            return Optional.of(Ack.refused(OutgoingMessage.text(permissions.refusal(ability))));
        }
        return limits.tryAcquire(requester, ability).map(line -> Ack.refused(OutgoingMessage.text(line)));
    }

    Ack run(Command command, Inbound in) {
        try {
            return dispatch(command, in);
        } catch (RuntimeException e) {
            return refusal(e);
        }
    }

    private Ack dispatch(Command command, Inbound in) {
        if (command instanceof Command.Help help) {
            return Ack.accepted(listings.help(help.command(), in.replyTo().platform()));
        } else if (command instanceof Command.Datasets) {
            return checked(in, Ability.ASK, () -> Ack.accepted(listings.datasets()));
        } else if (command instanceof Command.Status status) {
            return checked(in, Ability.ASK, () -> Ack.accepted(listings.status(status, in)));
        } else if (command instanceof Command.Cancel cancel) {
            return cancel(cancel, in);
        } else if (command instanceof Command.ScheduleList) {
            return checked(in, Ability.ASK, () -> Ack.accepted(schedules.list()));
        } else if (command instanceof Command.ScheduleAdd add) {
            return checked(in, Ability.SCHEDULE, () -> schedules.add(add, in));
        } else if (command instanceof Command.ScheduleRemove remove) {
            return checked(in, Ability.SCHEDULE, () -> schedules.remove(remove));
        } else if (command instanceof Command.Run run) {
            return checked(in, Ability.RUN, () -> submit(works.run(run), in));
        } else if (command instanceof Command.Mece mece) {
            return checked(in, Ability.RUN, () -> submit(works.mece(mece), in));
        } else if (command instanceof Command.Name name) {
            return checked(in, Ability.RUN, () -> submit(works.name(name), in));
        } else if (command instanceof Command.Report report) {
            return checked(in, Ability.RUN, () -> submit(works.report(report), reportTo(in, report)));
        } else if (command instanceof Command.Export export) {
            return checked(in, Ability.EXPORT, () -> submit(exports.segment(export), in));
        }
        throw new IllegalStateException("no handler for the " + command.name() + " command");
    }

    /** A report to another channel is posted there; its progress line too. */
    private static Inbound reportTo(Inbound in, Command.Report report) {
        if (report.channel() == null) {
            return in;
        }
        return new Inbound(
                in.eventId(), in.requester(), new Address(in.replyTo().platform(), report.channel(), null), in.text());
    }

    Ack action(String actionId, Inbound click) {
        try {
            return switch (actionId) {
                case Part.Actions.RERUN, Part.Actions.NAME_SEGMENTS -> replay(click);
                case Part.Actions.EXPORT_CSV -> checked(
                        click, Ability.EXPORT, () -> submit(exports.payload(click.text()), click));
                case Part.Actions.FEEDBACK_GOOD, Part.Actions.FEEDBACK_BAD -> feedback(actionId, click);
                default -> Ack.refused(OutgoingMessage.text("That button is not one segbot knows."));
            };
        } catch (RuntimeException e) {
            return refusal(e);
        }
    }

    /** Re-run and Name segments carry the command line that does it again. */
    private Ack replay(Inbound click) {
        Parsed parsed = CommandParser.parse(click.text());
        if (!(parsed instanceof Parsed.Ok ok) || ok.command() instanceof Command.Ask) {
            return Ack.refused(OutgoingMessage.text("That button's payload is not a command segbot knows."));
        }
        return run(ok.command(), click);
    }

    private static Ack feedback(String actionId, Inbound click) {
        log.info(
                "feedback {} from {}:{} on {} answer",
                actionId.equals(Part.Actions.FEEDBACK_GOOD) ? "helpful" : "not helpful",
                click.requester().platform(),
                click.requester().userId(),
                click.text().replaceAll("[^A-Z_]", ""));
        return Ack.accepted(OutgoingMessage.text("Thanks for the feedback."));
    }

    private Ack cancel(Command.Cancel cancel, Inbound in) {
        boolean admin = permissions.allows(in.requester(), Ability.ADMIN);
        String job = "Job " + cancel.jobId();
        String answer =
                switch (jobs.cancel(cancel.jobId(), in.requester(), admin)) {
                    case CANCELLING -> job + " stops after its current step.";
                    case NOT_FOUND -> "There is no job " + cancel.jobId() + ".";
                    case NOT_YOURS -> job + " is someone else's; only they or an admin may cancel it.";
                    case ALREADY_ENDED -> job + " has already ended.";
                };
        return Ack.accepted(OutgoingMessage.text(answer));
    }

    private Ack submit(Works.Planned planned, Inbound in) {
        JobRequest request = new JobRequest(
                planned.kind(), planned.parameters(), planned.datasetKey(), in.requester(), in.replyTo());
        Jobs.Submitted submitted = jobs.submit(request, planned.work());
        if (submitted instanceof Jobs.Submitted.Queued queued) {
            return Ack.accepted(OutgoingMessage.text(
                    "Job " + queued.jobId() + " queued: " + Markdown.code(planned.parameters()) + "."));
        }
        if (submitted instanceof Jobs.Submitted.Busy busy) {
            return Ack.accepted(OutgoingMessage.text("Job " + busy.holderJobId() + " is already working on that; "
                    + (busy.waiting()
                            ? "I'll post its result here when it ends."
                            : "see its result with status " + busy.holderJobId() + " when it ends.")));
        }
        return Ack.busy(OutgoingMessage.text("Too many jobs are waiting right now; try again in a few minutes."));
    }

    private Ack checked(Inbound in, Ability ability, java.util.function.Supplier<Ack> action) {
        return check(in.requester(), ability).orElseGet(action);
    }

    /** A refused request: our own failures say why in one sentence; anything else gets a reference. */
    private static Ack refusal(RuntimeException e) {
        String sentence = ErrorReference.sentence(e);
        if (sentence.equals("something went wrong on my side")) {
            String reference = ErrorReference.next();
            log.error("command failed (reference {})", reference, e);
            sentence = "Something went wrong on my side (reference " + reference + ")";
        }
        return Ack.refused(OutgoingMessage.text(capitalised(sentence)));
    }

    private static String capitalised(String sentence) {
        String text = sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        return text.endsWith(".") || text.endsWith(")") ? text : text + ".";
    }

    /** The usage answer for a malformed command line. */
    static OutgoingMessage usage(Parsed.Malformed malformed, String platform) {
        String prefix = prefix(platform);
        if (malformed.usage() == null) {
            return OutgoingMessage.text(
                    malformed.problem() + " Type " + Markdown.code(prefix + "help") + " for the commands.");
        }
        return OutgoingMessage.text(malformed.problem() + " Usage: " + Markdown.code(prefix + malformed.usage()));
    }

    /** How commands are typed: {@code /run} in the console, {@code /segbot run} elsewhere. */
    static String prefix(String platform) {
        return platform.equals("console") ? "/" : "/segbot ";
    }
}
