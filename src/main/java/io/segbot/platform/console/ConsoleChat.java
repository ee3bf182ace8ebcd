package io.segbot.platform.console;

import io.segbot.chat.ChatEngine;
import io.segbot.chat.ChatReply;
import io.segbot.chat.ChatRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The console chat: a thin adapter that reads lines (with editing and history), hands them to the
 * chat engine and prints the reply. No logic lives here.
 */
public final class ConsoleChat {
    private static final String HELP =
            """
            Ask about your customers in plain English, for example "which segment should we prioritise for ROI?".
            Commands: /help  this text   /forget  clear the conversation   /quit  leave (Ctrl-D works too)""";

    private final ChatEngine engine;
    private final String conversationKey;
    private final ChatRequest.Permissions permissions;
    private final Path history;

    public ConsoleChat(ChatEngine engine, String conversationKey, ChatRequest.Permissions permissions, Path history) {
        this.engine = engine;
        this.conversationKey = conversationKey;
        this.permissions = permissions;
        this.history = history;
    }

    public void run() throws IOException {
        try (Terminal terminal =
                TerminalBuilder.builder().system(true).dumb(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .variable(LineReader.HISTORY_FILE, history)
                    .build();
            PrintWriter out = terminal.writer();
            out.println("segbot console chat. " + HELP);
            while (true) {
                String line;
                try {
                    line = reader.readLine("you> ");
                } catch (UserInterruptException | EndOfFileException e) {
                    break;
                }
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (text.equals("/quit") || text.equals("/exit")) {
                    break;
                }
                if (text.equals("/help")) {
                    out.println(HELP);
                    continue;
                }
                ChatReply reply = engine.handle(
                        new ChatRequest(
                                conversationKey,
                                System.getProperty("user.name", "console"),
                                text.equals("/forget") ? "forget" : text,
                                permissions,
                                null),
                        token -> {
                            out.print(io.segbot.TerminalText.lines(token));
                            out.flush();
                        });
                out.println("segbot> " + plain(reply.withSource()));
                if (reply.attachment() != null) {
                    out.println("        (file: " + reply.attachment().toAbsolutePath() + ")");
                }
                out.flush();
            }
        }
    }

    /** The console shows light markdown as plain text. */
    static String plain(String markdown) {
        return io.segbot.TerminalText.lines(markdown).replace("**", "").replace("\n", "\n        ");
    }
}
