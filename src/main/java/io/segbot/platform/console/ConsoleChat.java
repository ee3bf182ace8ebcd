package io.segbot.platform.console;

import io.segbot.AtomicFiles;
import io.segbot.bot.Ack;
import io.segbot.bot.Address;
import io.segbot.bot.BotPort;
import io.segbot.bot.Inbound;
import io.segbot.bot.Requester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The console chat: a thin adapter over the bot's core, like Slack and Discord. It reads lines
 * (with editing and history); a line starting with {@code /} is a command ({@code /run},
 * {@code /status 3}, ...), anything else a question. Answers arrive through the
 * {@link ConsoleOutbox} and print above the prompt.
 */
public final class ConsoleChat {
    static final String GREETING =
            """
            segbot console chat. Ask about your customers in plain English, for example "which segment should we \
            prioritise for ROI?". Commands: /help lists them (/run, /mece, /name, /report, /export, /schedule, \
            /datasets, /status, /cancel), /forget clears the conversation, /quit (or quit) leaves (Ctrl-D works too).""";

    private final BotPort bot;
    private final Requester user;
    private final Address here;
    private final Path history;
    private final Object printedLock = new Object();
    private long printed;

    /** How long the prompt waits for an answer before it lets the user type on (it still prints later). */
    static final java.time.Duration ANSWER_WAIT = java.time.Duration.ofSeconds(60);

    /** @param user the local operator's name (the OS user) */
    public ConsoleChat(BotPort bot, String user, Path history) {
        this.bot = bot;
        this.user = Requester.of(ConsoleOutbox.PLATFORM, user);
        this.here = new Address(ConsoleOutbox.PLATFORM, "local", null);
        this.history = history;
    }

    /** Builds the terminal reader and hands its printer to {@code connect} before reading. */
    public void run(Consumer<Consumer<String>> connect) throws IOException {
        try (Terminal terminal =
                TerminalBuilder.builder().system(true).dumb(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .variable(LineReader.HISTORY_FILE, AtomicFiles.privateFile(history))
                    .build();
            connect.accept(text -> {
                reader.printAbove(text);
                terminal.flush();
                countPrinted();
            });
            reader.printAbove(GREETING);
            while (true) {
                String line;
                try {
                    line = reader.readLine("you> ");
                } catch (UserInterruptException | EndOfFileException e) {
                    break;
                }
                String text = line.strip();
                if (leaves(text)) {
                    break;
                }
                long before = printed();
                java.util.Optional<String> immediate = handle(text);
                immediate.ifPresent(reader::printAbove);
                if (immediate.isEmpty() && !text.isEmpty()) {
                    // one answer per prompt, in the order asked, also when lines are piped in
                    awaitPrinted(before, ANSWER_WAIT);
                }
            }
        }
    }

    void countPrinted() {
        synchronized (printedLock) {
            printed++;
            printedLock.notifyAll();
        }
    }

    long printed() {
        synchronized (printedLock) {
            return printed;
        }
    }

    /** Waits until something was printed after {@code before} was counted; false on timeout or interrupt. */
    boolean awaitPrinted(long before, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (printedLock) {
            while (printed <= before) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(printedLock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** Sends one typed line to the core; returns what to print at once (usage, refusals, job queued). */
    /**
     * Whether a line ends the chat: {@code /quit} or {@code /exit}, or the bare word a terminal user
     * types to leave ("quit", "exit", alone on the line), which is no question about customers.
     */
    static boolean leaves(String line) {
        String text = line.strip().toLowerCase(java.util.Locale.ROOT);
        return text.equals("/quit") || text.equals("/exit") || text.equals("quit") || text.equals("exit");
    }

    java.util.Optional<String> handle(String text) {
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        String eventId = UUID.randomUUID().toString();
        Ack ack;
        if (text.equals("/forget")) {
            ack = bot.message(new Inbound(eventId, user, here, "forget"));
        } else if (text.startsWith("/")) {
            ack = bot.command(new Inbound(eventId, user, here, text.substring(1)));
        } else {
            ack = bot.message(new Inbound(eventId, user, here, text));
        }
        return ack.immediate()
                .map(message ->
                        "segbot> " + ConsoleText.render(message, Map.of()).replace("\n", "\n        "));
    }
}
