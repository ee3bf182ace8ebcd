package io.segbot.platform.console;

import io.segbot.bot.Address;
import io.segbot.bot.DeliveryException;
import io.segbot.bot.Outbox;
import io.segbot.bot.Posted;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The console's outbox: prints messages (control characters escaped) and writes their charts and
 * files into a folder, one sub-folder per message. The console user is the local operator, so
 * private messages print like the others, marked as such.
 *
 * <p>Thread-safety: safe from any thread (printing is serialised by the printer).
 */
public final class ConsoleOutbox implements Outbox {
    public static final String PLATFORM = "console";

    private final Path folder;
    private volatile Consumer<String> printer;
    private final AtomicLong messages = new AtomicLong();
    private final String session = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(java.time.ZoneOffset.UTC)
            .format(java.time.Instant.now());

    /**
     * @param folder where charts and files are written
     * @param printer prints one block of text above the prompt
     */
    public ConsoleOutbox(Path folder, Consumer<String> printer) {
        this.folder = folder;
        this.printer = printer;
    }

    /** Prints from now on through {@code printer} (the terminal's, once it is open). */
    public void printTo(Consumer<String> printer) {
        this.printer = printer;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Posted post(Address to, OutgoingMessage message) {
        String id = session + "-" + messages.incrementAndGet();
        print("segbot> ", message, id);
        return new Posted(to, id);
    }

    @Override
    public void update(Posted posted, OutgoingMessage message) {
        print("segbot> ", message, posted.messageId() + "-" + messages.incrementAndGet());
    }

    @Override
    public Posted postPrivately(String userId, OutgoingMessage message) {
        String id = session + "-" + messages.incrementAndGet();
        print("segbot (to you only)> ", message, id);
        return new Posted(new Address(PLATFORM, "private", null), id);
    }

    private synchronized void print(String prefix, OutgoingMessage message, String id) {
        Map<Part, Path> written = write(message, id);
        String text = ConsoleText.render(message, written);
        printer.accept(prefix + text.replace("\n", "\n        "));
    }

    private Map<Part, Path> write(OutgoingMessage message, String id) {
        Map<Part, Path> written = new IdentityHashMap<>();
        for (Part part : message.parts()) {
            if (part instanceof Part.Image image) {
                written.put(part, file(id, image.fileName(), out -> out.write(image.png())));
            } else if (part instanceof Part.Attachment attachment) {
                written.put(part, file(id, attachment.fileName(), attachment.content()::writeTo));
            }
        }
        return written;
    }

    @FunctionalInterface
    private interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    private Path file(String id, String name, Bytes bytes) {
        Path target = folder.resolve(id).resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_"));
        try {
            // Whole or absent, private by default (issue 15): the file may hold customer data.
            io.segbot.AtomicFiles.write(target, bytes::writeTo);
            return target.toAbsolutePath();
        } catch (IOException e) {
            throw new DeliveryException(
                    DeliveryException.Reason.OTHER, "cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
