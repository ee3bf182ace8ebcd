package io.segbot.bot;

import io.segbot.bot.command.Command;
import io.segbot.bot.command.CommandParser;
import io.segbot.bot.command.Parsed;
import io.segbot.bot.job.Jobs;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.render.Markdown;
import io.segbot.chat.ChatEngine;
import io.segbot.chat.ChatRequest;
import io.segbot.chat.ChatService;
import io.segbot.chat.EventClaims;
import io.segbot.report.ReportSchedule;
import io.segbot.report.Scheduler;
import io.segbot.store.JobRepository;
import io.segbot.store.ProcessedEventRepository;
import io.segbot.store.ScheduleRepository;
import java.util.Optional;

/**
 * The platform-neutral core behind {@link BotPort}: every adapter's messages, commands and clicks
 * come here; answers, job progress and reports leave through the {@link Outbox} the adapter
 * registered. It parses commands once, checks permissions and rate limits, answers each event
 * once (claims kept in H2), runs long work as jobs and routes customer-level data only privately.
 *
 * <p>Thread-safety: safe from any thread. Blocking: the {@link BotPort} methods return after a
 * claim and a few short queries; work continues on the chat and job executors.
 */
public final class BotCore implements BotPort, AutoCloseable {
    private final BotServices services;
    private final BotSettings settings;
    private final Permissions permissions;
    private final RateLimits limits;
    private final Outboxes outboxes = new Outboxes();
    private final EventClaims claims;
    private final ChatService chat;
    /** Answers wait for their platform here, not on the chat workers (Slack paces posts per channel). */
    private final Deliveries deliveries = new Deliveries(16, 1000);

    private final Jobs jobs;
    private final Scheduler scheduler;
    private final Commands commands;
    private final Housekeeping housekeeping;
    private final Suggestions suggestions;

    public BotCore(
            BotServices services, ChatEngine engine, Permissions permissions, RateLimits limits, BotSettings settings) {
        this.services = services;
        this.settings = settings;
        this.permissions = permissions;
        this.limits = limits;
        this.claims = EventClaims.stored(
                new ProcessedEventRepository(services.database()), settings.eventExpiry(), services.clock());
        this.chat =
                new ChatService(engine, claims, settings.chatWorkers(), settings.chatQueue(), settings.answerTimeout());
        JobRepository jobRows = new JobRepository(services.database());
        this.jobs = new Jobs(
                jobRows,
                new JobDelivery(outboxes, jobRows),
                services.clock(),
                settings.jobWorkers(),
                settings.jobQueue());
        this.scheduler = new Scheduler(
                new ScheduleRepository(services.database()),
                services.clock(),
                platform -> outboxes.of(platform).map(outbox -> new OutboxSink(outbox)),
                services.reports());
        scheduler.onFailure(this::scheduleFailed);
        this.commands = new Commands(services, permissions, limits, jobs, scheduler, outboxes);
        this.housekeeping = new Housekeeping(jobs, outboxes, settings);
        this.suggestions = new Suggestions(services);
    }

    /** Refusals whoever scheduled the report can fix (invite the bot, pick another channel, grant it). */
    private static final java.util.Set<DeliveryException.Reason> FIXABLE = java.util.EnumSet.of(
            DeliveryException.Reason.NOT_IN_CHANNEL,
            DeliveryException.Reason.NO_SUCH_CHANNEL,
            DeliveryException.Reason.MISSING_PERMISSION);

    /**
     * A scheduled report the platform refused for a reason a person can fix (the bot is not in the
     * channel, the channel is gone, a permission is missing): whoever scheduled it is told privately,
     * with the platform's own words on what to do (the adapter's {@link DeliveryException} message).
     */
    private void scheduleFailed(ReportSchedule schedule, String scheduledBy, Exception failure) {
        if (!(failure instanceof DeliveryException delivery)
                || !FIXABLE.contains(delivery.reason())
                || scheduledBy == null
                || !scheduledBy.contains(":")) {
            return;
        }
        String platform = scheduledBy.substring(0, scheduledBy.indexOf(':'));
        String user = scheduledBy.substring(scheduledBy.indexOf(':') + 1);
        outboxes.send(
                new Address(platform, schedule.channel(), null),
                Requester.of(platform, user),
                OutgoingMessage.text("I couldn't post the scheduled report " + Markdown.code(schedule.name()) + ": "
                        + explanation(delivery) + ". I'll try again at its next times; "
                        + Markdown.code(Commands.prefix(platform) + "schedule remove " + schedule.name())
                        + " stops it."),
                true);
    }

    /**
     * The adapter's own sentence (it names the channel and the fix, e.g. Slack's "I'm not in channel
     * G0PRIVATE (or can't see it): invite me with /invite @segbot"), or a generic one when it gave none.
     */
    private static String explanation(DeliveryException delivery) {
        String detail = delivery.getMessage();
        return detail == null || detail.isBlank() ? problem(delivery.reason()) : Markdown.plain(detail);
    }

    private static String problem(DeliveryException.Reason reason) {
        return switch (reason) {
            case NOT_IN_CHANNEL -> "I'm not in that channel";
            case NO_SUCH_CHANNEL -> "that channel does not exist, or I can't see it";
            case MISSING_PERMISSION -> "I lack a permission there";
            default -> "the platform refused it";
        };
    }

    /** Adapters register their outbox at start; messages for their platform go through it. */
    public void register(Outbox outbox) {
        outboxes.register(outbox);
    }

    /**
     * Marks jobs left running by a process that died as interrupted (their requesters are told
     * through their platform's outbox once it is registered) and starts the job heartbeat.
     */
    public void start() {
        housekeeping.start();
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public Jobs jobs() {
        return jobs;
    }

    public ChatService chat() {
        return chat;
    }

    public Outboxes outboxes() {
        return outboxes;
    }

    /** The home screen's content (Slack's Home tab), read live from the store each time. */
    @Override
    public Dashboard dashboard() {
        return new HomeDashboard(services, jobs.repository(), scheduler);
    }

    @Override
    public Ack message(Inbound message) {
        Optional<Outbox> outbox = outboxes.of(message.replyTo().platform());
        if (outbox.isEmpty()) {
            return Ack.refused(OutgoingMessage.text("segbot is not connected to "
                    + message.replyTo().platform() + " in this process yet; try again in a moment."));
        }
        Requester requester = message.requester();
        Optional<Ack> refused = commands.check(requester, Ability.ASK);
        if (refused.isPresent()) {
            return refused.get();
        }
        ChatRequest request = new ChatRequest(
                message.replyTo().conversationKey(),
                requester.userId(),
                message.text(),
                new ChatRequest.Permissions(
                        permissions.allows(requester, Ability.EXPORT), permissions.allows(requester, Ability.RUN)),
                null);
        ChatDelivery delivery = new ChatDelivery(outboxes, outbox.get(), message.replyTo(), requester, deliveries);
        return switch (chat.submit(eventKey(message), request, delivery)) {
            case ACCEPTED -> Ack.accepted();
            case DUPLICATE -> Ack.duplicate();
            case BUSY -> Ack.busy(
                    OutgoingMessage.text("I'm answering a lot of questions right now; ask again in a" + " minute."));
            case REFUSED -> Ack.refused(
                    OutgoingMessage.text("That message had no event id, so I can't answer it" + " exactly once."));
        };
    }

    @Override
    public Ack command(Inbound command) {
        Parsed parsed = CommandParser.parse(command.text());
        if (parsed instanceof Parsed.Malformed malformed) {
            return Ack.refused(Commands.usage(malformed, command.replyTo().platform()));
        }
        Command parsedCommand = ((Parsed.Ok) parsed).command();
        if (parsedCommand instanceof Command.Ask ask) {
            return message(new Inbound(command.eventId(), command.requester(), command.replyTo(), ask.question()));
        }
        if (!claims.claim(eventKey(command))) {
            return Ack.duplicate();
        }
        return commands.run(parsedCommand, command);
    }

    @Override
    public Ack action(String actionId, Inbound click) {
        if (!claims.claim(eventKey(click))) {
            return Ack.duplicate();
        }
        return commands.action(actionId, click);
    }

    @Override
    public java.util.List<String> suggest(Suggestion kind, String typed) {
        try {
            return suggestions.suggest(kind, typed);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(BotCore.class).warn("no {} suggestions: {}", kind, e.toString());
            return java.util.List.of();
        }
    }

    private static String eventKey(Inbound inbound) {
        return inbound.replyTo().platform() + ":" + inbound.eventId();
    }

    /** Stops the schedules and chat, lets jobs finish within the configured deadline, then cancels them. */
    @Override
    public void close() {
        housekeeping.close();
        scheduler.close();
        chat.close();
        deliveries.close();
        jobs.shutdown(settings.jobDeadline());
    }

    BotServices services() {
        return services;
    }

    RateLimits limits() {
        return limits;
    }
}
