package io.segbot.platform.console;

import io.segbot.bot.BotPort;
import io.segbot.bot.PlatformAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console as a platform of {@code segbot serve --console}: the console chat reads the terminal
 * on its own thread and prints what the core sends; {@code /quit} (or Ctrl-D) runs {@code onQuit}.
 */
public final class ConsoleAdapter implements PlatformAdapter {
    private static final Logger log = LoggerFactory.getLogger(ConsoleAdapter.class);

    private final ConsoleOutbox outbox;
    private final String user;
    private final Path history;
    private final Runnable onQuit;
    private Thread reader;

    /**
     * @param folder where charts and files are written
     * @param user the local operator (the OS user)
     * @param history the line editor's history file
     * @param onQuit what to do when the user leaves the console (e.g. shut serve down)
     */
    public ConsoleAdapter(Path folder, String user, Path history, Runnable onQuit) {
        this.outbox = new ConsoleOutbox(folder, System.out::println);
        this.user = user;
        this.history = history;
        this.onQuit = onQuit;
    }

    @Override
    public String platform() {
        return ConsoleOutbox.PLATFORM;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public List<String> requiredVariables() {
        return List.of();
    }

    @Override
    public ConsoleOutbox outbox() {
        return outbox;
    }

    @Override
    public synchronized String start(BotPort core) {
        if (reader != null) {
            throw new IllegalStateException("the console is already started");
        }
        ConsoleChat chat = new ConsoleChat(core, user, history);
        reader = new Thread(
                () -> {
                    try {
                        chat.run(outbox::printTo);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (RuntimeException e) {
                        log.warn("the console stopped: {}", e.toString());
                    } finally {
                        onQuit.run();
                    }
                },
                "segbot-console");
        reader.setDaemon(true);
        reader.start();
        return "console: ready (type /help)";
    }

    @Override
    public void stopReceiving() {
        // the reader thread is a daemon blocked on the terminal; lines typed now reach a core that
        // refuses new work while it shuts down
    }

    @Override
    public void close() {
        // nothing to release: the terminal closes with the reader thread
    }
}
