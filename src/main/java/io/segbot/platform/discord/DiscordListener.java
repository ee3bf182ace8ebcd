package io.segbot.platform.discord;

import io.segbot.bot.Ack;
import io.segbot.bot.Address;
import io.segbot.bot.BotPort;
import io.segbot.bot.Inbound;
import io.segbot.bot.Requester;
import io.segbot.bot.message.OutgoingMessage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA events to the core: mentions and DMs as messages, {@code /segbot} as command lines, buttons
 * as actions, autocomplete from the core's suggestions. Every interaction is deferred first (Discord
 * wants an answer within 3 s), then the core's immediate answer edits the deferred reply; a refusal
 * replaces it with a message only the requester sees.
 */
final class DiscordListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordListener.class);
    private static final int CHOICE_CHARS = 100;

    private final BotPort core;
    private final Hooks hooks;
    private final DiscordRenderer renderer;
    private final Conversations conversations;
    private final ButtonIds buttons;
    private final java.util.concurrent.Executor work;
    private volatile boolean receiving = true;

    DiscordListener(
            BotPort core,
            Hooks hooks,
            DiscordRenderer renderer,
            Conversations conversations,
            ButtonIds buttons,
            java.util.concurrent.Executor work) {
        this.core = core;
        this.hooks = hooks;
        this.renderer = renderer;
        this.conversations = conversations;
        this.buttons = buttons;
        this.work = work;
    }

    void stopReceiving() {
        receiving = false;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        User author = event.getAuthor();
        if (!receiving || author.isBot() || author.isSystem()) {
            return;
        }
        Message message = event.getMessage();
        String self = event.getJDA().getSelfUser().getId();
        Address where;
        if (event.isFromType(ChannelType.PRIVATE)) {
            where = new Address(DiscordOutbox.PLATFORM, event.getChannel().getId(), null);
            conversations.questionInDm(event.getChannel().getId(), message.getId());
        } else if (message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER)) {
            // In a channel: a thread started on the question (its id is the question's); in a thread:
            // that thread. Both as parent + thread, so a conversation keeps one memory key.
            where = event.getChannelType().isThread()
                    ? new Address(
                            DiscordOutbox.PLATFORM,
                            event.getChannel()
                                    .asThreadChannel()
                                    .getParentChannel()
                                    .getId(),
                            event.getChannel().getId())
                    : new Address(DiscordOutbox.PLATFORM, event.getChannel().getId(), message.getId());
        } else {
            return;
        }
        String question = message.getContentRaw()
                .replace("<@" + self + ">", "")
                .replace("<@!" + self + ">", "")
                .strip();
        if (message.getId().equals(where.threadId())) {
            conversations.questionInChannel(message.getId(), question);
        }
        Ack ack = core.message(
                new Inbound("message:" + message.getId(), requester(author, event.getMember()), where, question));
        ack.immediate().ifPresent(reply -> renderer.render(reply, null).forEach(data -> message.reply(data)
                .mentionRepliedUser(false)
                .queue(ok -> {}, error -> log.warn("could not reply in {}: {}", where, error.toString()))));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!receiving || !event.getName().equals(SlashCommands.NAME)) {
            return;
        }
        String line = SlashCommands.line(event);
        interact(event, (inbound) -> core.command(inbound), line);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (!receiving) {
            return;
        }
        Optional<ButtonIds.Click> click = buttons.decode(event.getComponentId());
        if (click.isEmpty()) {
            event.reply("That button has expired; use the /segbot command instead.")
                    .setEphemeral(true)
                    .queue();
            return;
        }
        interact(
                event,
                inbound -> core.action(click.get().actionId(), inbound),
                click.get().payload());
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        List<Command.Choice> choices = SlashCommands.suggestionFor(
                        event.getFocusedOption().getName())
                .map(kind -> core.suggest(kind, event.getFocusedOption().getValue()))
                .orElse(List.of())
                .stream()
                .filter(value -> value.length() <= CHOICE_CHARS)
                .limit(25)
                .map(value -> new Command.Choice(value, value))
                .toList();
        event.replyChoices(choices).queue(ok -> {}, error -> log.debug("autocomplete not shown: {}", error.toString()));
    }

    /**
     * Defers at once on JDA's event thread (so a burst of interactions is deferred before any is
     * worked on), then hands the interaction to the core on the adapter's own workers and shows its
     * immediate answer.
     */
    private void interact(IReplyCallback event, java.util.function.Function<Inbound, Ack> handle, String text) {
        event.deferReply()
                .queue(
                        ok -> {},
                        error -> log.warn("could not defer interaction {}: {}", event.getId(), error.toString()));
        String user = event.getUser().getId();
        Hooks.Entry entry = hooks.register(event.getId(), event.getHook());
        Address where = Hooks.address(event.getChannelId() == null ? user : event.getChannelId(), event.getId(), user);
        Inbound inbound =
                new Inbound("interaction:" + event.getId(), requester(event.getUser(), event.getMember()), where, text);
        work.execute(() -> {
            entry.lock.lock();
            try {
                answer(entry, handle.apply(inbound));
            } catch (RuntimeException e) {
                log.error("interaction {} failed", inbound.eventId(), e);
                answer(entry, Ack.refused(OutgoingMessage.text("Something went wrong on my side; try again.")));
            } finally {
                entry.lock.unlock();
            }
        });
    }

    private void answer(Hooks.Entry entry, Ack ack) {
        if (ack.status() == Ack.Status.ACCEPTED) {
            ack.immediate().ifPresent(now -> {
                List<MessageCreateData> rendered = renderer.render(now, null);
                entry.hook.editOriginal(DiscordOutbox.edit(rendered.get(0))).queue(ok -> {}, this::failed);
                rendered.subList(1, rendered.size())
                        .forEach(next -> entry.hook.sendMessage(next).queue(ok -> {}, this::failed));
            });
            return;
        }
        entry.hook.deleteOriginal().queue(ok -> {}, this::failed);
        entry.originalTaken = true;
        ack.immediate().ifPresent(why -> renderer.render(why, null)
                .forEach(data -> entry.hook.sendMessage(data).setEphemeral(true).queue(ok -> {}, this::failed)));
    }

    private void failed(Throwable error) {
        log.warn("could not answer an interaction: {}", error.toString());
    }

    static Requester requester(User user, Member member) {
        Set<String> roles = member == null
                ? Set.of()
                : member.getRoles().stream().map(ISnowflake::getId).collect(Collectors.toSet());
        return new Requester(DiscordOutbox.PLATFORM, user.getId(), user.getName(), roles);
    }
}
