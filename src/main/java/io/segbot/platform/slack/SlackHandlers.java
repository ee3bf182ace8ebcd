package io.segbot.platform.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.Methods;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import io.segbot.bot.Ack;
import io.segbot.bot.Address;
import io.segbot.bot.BotPort;
import io.segbot.bot.Inbound;
import io.segbot.bot.Requester;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt listeners: each turns a Slack request into an {@link Inbound}, hands it to the core's
 * {@link BotPort} (which returns within milliseconds) and acks Slack with the core's immediate
 * reply, shown only to the requester. Retried events carry the same {@code event_id}, so the core's
 * dedupe answers them once.
 */
final class SlackHandlers {
    private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);
    static final String COMMAND = "/segbot";
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    private static final Pattern ANY_ACTION = Pattern.compile(".+");

    private final BotPort core;
    private final SlackApi api;
    private final SlackOutbox outbox;
    private final Recipients recipients;
    private final AgentView agentView;
    private final SlackGroups groups;

    SlackHandlers(
            BotPort core,
            SlackApi api,
            SlackOutbox outbox,
            Recipients recipients,
            AgentView agentView,
            SlackGroups groups) {
        this.core = core;
        this.api = api;
        this.outbox = outbox;
        this.recipients = recipients;
        this.agentView = agentView;
        this.groups = groups;
    }

    void register(App app) {
        app.command(COMMAND, (req, ctx) -> command(req.getPayload(), ctx));
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            message(
                    payload.getEventId(),
                    payload.getTeamId(),
                    event.getUser(),
                    event.getChannel(),
                    thread,
                    event.getText());
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            // Only direct messages from people; channel messages reach segbot as app_mention.
            if ("im".equals(event.getChannelType()) && event.getBotId() == null && event.getUser() != null) {
                String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
                message(
                        payload.getEventId(),
                        payload.getTeamId(),
                        event.getUser(),
                        event.getChannel(),
                        thread,
                        event.getText());
            }
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            agentView.opened(payload.getEvent(), requester(payload.getEvent().getUser(), null));
            return ctx.ack();
        });
        app.blockAction(ANY_ACTION, (req, ctx) -> {
            action(req.getPayload());
            return ctx.ack();
        });
        app.viewSubmission(RunModal.CALLBACK_ID, (req, ctx) -> {
            RunModal.Submission run = RunModal.read(req.getPayload());
            Address where = new Address(SlackOutbox.PLATFORM, run.channelId(), null);
            Requester who = requester(
                    req.getPayload().getUser().getId(),
                    req.getPayload().getUser().getUsername());
            Ack ack = core.command(new Inbound(
                    "view:" + req.getPayload().getView().getId() + ":"
                            + req.getPayload().getView().getHash(),
                    who,
                    where,
                    run.commandLine()));
            ephemeral(where, who.userId(), ack);
            return ctx.ack();
        });
    }

    private Response command(SlashCommandPayload command, SlashCommandContext ctx) {
        String text = command.getText() == null ? "" : command.getText().strip();
        Address where = new Address(SlackOutbox.PLATFORM, command.getChannelId(), null);
        recipients.remember(where, command.getUserId(), command.getTeamId());
        if (text.equals("run") && command.getTriggerId() != null) {
            // No parameters: ask for them in a modal (trigger ids expire after 3 s, so open it now).
            agentView.openRunModal(command.getTriggerId(), command.getChannelId());
            return ctx.ack();
        }
        Ack ack = core.command(new Inbound(
                "command:" + command.getTriggerId(),
                requester(command.getUserId(), command.getUserName()),
                where,
                text));
        if (ack.immediate().isEmpty()) {
            return ctx.ack();
        }
        Rendered now = SlackRenderer.render(ack.immediate().get());
        Rendered.BlockMessage first = now.messages().get(0);
        return ctx.ack(r -> r.responseType("ephemeral").text(first.text()).blocks(first.blocks()));
    }

    private void message(String eventId, String teamId, String userId, String channel, String thread, String text) {
        Address where = new Address(SlackOutbox.PLATFORM, channel, thread);
        recipients.remember(where, userId, teamId);
        String question =
                MENTION.matcher(text == null ? "" : text).replaceAll("").strip();
        Ack ack = core.message(new Inbound(eventId, requester(userId, null), where, question));
        ephemeral(where, userId, ack);
    }

    private void action(BlockActionPayload click) {
        String channel = click.getChannel() != null
                ? click.getChannel().getId()
                : click.getContainer().getChannelId();
        BlockActionPayload.Container container = click.getContainer();
        String thread = container == null
                ? null
                : container.getThreadTs() != null ? container.getThreadTs() : container.getMessageTs();
        if (channel == null) {
            log.debug("a button outside a conversation (home tab) has no channel to answer in");
            channel = "";
        }
        Requester who = requester(click.getUser().getId(), click.getUser().getUsername());
        for (BlockActionPayload.Action action : click.getActions()) {
            String id = action.getActionId();
            String payload = action.getValue() == null ? "" : action.getValue();
            if (SlackRenderer.FEEDBACK_ACTION.equals(id)) {
                FeedbackValue feedback = FeedbackValue.decode(payload);
                id = feedback.good() ? Part.Actions.FEEDBACK_GOOD : Part.Actions.FEEDBACK_BAD;
                payload = feedback.payload();
            }
            int suffix = id.indexOf('#');
            id = suffix < 0 ? id : id.substring(0, suffix);
            Address where = channel.isEmpty()
                    ? agentView.dmOf(who.userId())
                    : new Address(SlackOutbox.PLATFORM, channel, thread);
            String eventId = "action:" + (click.getTriggerId() != null ? click.getTriggerId() : action.getActionTs());
            Ack ack = core.action(id, new Inbound(eventId, who, where, payload));
            ephemeral(where, who.userId(), ack);
        }
    }

    /** The core's immediate reply as an ephemeral message: only the requester sees it. */
    private void ephemeral(Address where, String userId, Ack ack) {
        if (ack.immediate().isEmpty()) {
            return;
        }
        OutgoingMessage message = ack.immediate().get();
        Rendered.BlockMessage first = SlackRenderer.render(message).messages().get(0);
        api.call(
                        Methods.CHAT_POST_EPHEMERAL,
                        where.channelId(),
                        client -> client.chatPostEphemeral(r -> r.channel(where.channelId())
                                .user(userId)
                                .threadTs(where.threadId())
                                .text(first.text())
                                .blocksAsString(outbox.json(first.blocks()))))
                .whenComplete((response, error) -> {
                    if (error != null || !response.isOk()) {
                        log.warn(
                                "could not show a reply to {} in {}: {}",
                                userId,
                                where.channelId(),
                                error != null ? error.toString() : response.getError());
                    }
                });
    }

    /** The user with the Slack user groups they belong to (permissions may grant abilities to a group). */
    private Requester requester(String userId, String name) {
        return new Requester(SlackOutbox.PLATFORM, userId, name, groups.of(userId));
    }
}
