package io.segbot.bot;

import io.segbot.bot.command.Command;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.bot.render.Markdown;
import io.segbot.report.ReportSchedule;
import io.segbot.report.Scheduler;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** {@code schedule add|list|remove} over the report scheduler. */
final class ScheduleCommands {
    private final Scheduler scheduler;

    ScheduleCommands(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Adds a schedule for this platform; an invalid cron or zone is refused with the reason. */
    Ack add(Command.ScheduleAdd add, Inbound in) {
        ReportSchedule schedule;
        try {
            schedule = new ReportSchedule(
                    add.schedule(),
                    add.kind(),
                    add.cron(),
                    ReportSchedule.zone(add.schedule(), add.zone() == null ? "UTC" : add.zone()),
                    in.replyTo().platform(),
                    add.channel() != null ? add.channel() : in.replyTo().channelId(),
                    false);
        } catch (IllegalArgumentException e) {
            return Ack.refused(
                    OutgoingMessage.text(e.getMessage().lines().findFirst().orElse("") + "."));
        }
        scheduler.add(schedule, in.requester().platform() + ":" + in.requester().userId());
        String next = scheduler.next(schedule.name()).map(Object::toString).orElse("never");
        return Ack.accepted(OutgoingMessage.text("Scheduled " + Markdown.code(schedule.name()) + ": the "
                + schedule.kind() + " report at " + Markdown.code(schedule.cron()) + " ("
                + schedule.zone().getId()
                + "), first " + next + "."));
    }

    Ack remove(Command.ScheduleRemove remove) {
        return Ack.accepted(OutgoingMessage.text(
                scheduler.remove(remove.schedule())
                        ? "Removed the schedule " + Markdown.code(remove.schedule()) + "."
                        : "There is no schedule " + Markdown.code(remove.schedule()) + "."));
    }

    OutgoingMessage list() {
        List<Scheduler.Listed> listed = scheduler.listWithOutcomes();
        if (listed.isEmpty()) {
            return OutgoingMessage.text("There are no schedules; add one with schedule add.");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Scheduler.Listed entry : listed) {
            ReportSchedule s = entry.schedule();
            rows.add(List.of(
                    s.name(),
                    s.kind(),
                    s.cron() + " " + shortZone(s.zone()),
                    s.platform() + " " + s.channel(),
                    entry.next().map(Object::toString).orElse("never"),
                    entry.lastOutcome()));
        }
        return OutgoingMessage.builder()
                .add(new Part.Table(
                        "Schedules",
                        List.of(
                                new Part.Column("name", Part.Align.LEFT),
                                new Part.Column("report", Part.Align.LEFT),
                                new Part.Column("when", Part.Align.LEFT),
                                new Part.Column("where", Part.Align.LEFT),
                                new Part.Column("next", Part.Align.LEFT),
                                new Part.Column("last outcome", Part.Align.LEFT)),
                        rows))
                .build();
    }

    private static String shortZone(ZoneId zone) {
        return zone.getId();
    }
}
