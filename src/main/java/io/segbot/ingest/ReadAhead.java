package io.segbot.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a file on a background thread in chunks of a megabyte, hashing every byte with SHA-256 as
 * it goes, while the caller parses the chunks read before: the read and the hash (a tenth of the
 * import's parsing thread) move to the other core. At most {@link #AHEAD} chunks wait, so memory
 * stays bounded. The caller's side is one thread; not for several.
 */
final class ReadAhead implements AutoCloseable {
    static final int CHUNK = 1 << 20;
    static final int AHEAD = 4;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile IOException failure;
    private volatile String checksum;
    private volatile boolean stopped;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    private ReadAhead(InputStream in, Path file) {
        this.reader = new Thread(() -> run(in), "segbot-read-" + file.getFileName());
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the file on the caller's thread, so a missing or unreadable file fails here. */
    static ReadAhead open(Path file) throws IOException {
        return new ReadAhead(Files.newInputStream(file), file);
    }

    /**
     * Reads up to {@code length} bytes into {@code target}; fewer only at the end of the file (as
     * {@link InputStream#readNBytes(byte[], int, int)}).
     */
    int read(byte[] target, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            if (position == current.length) {
                if (ended || !next()) {
                    break;
                }
            }
            int n = Math.min(length - done, current.length - position);
            System.arraycopy(current, position, target, offset + done, n);
            position += n;
            done += n;
        }
        return done;
    }

    /** Reads the rest of the file (the thread hashes it) and returns the whole file's SHA-256 in hex. */
    String checksum() throws IOException {
        while (!ended) {
            next();
        }
        return checksum;
    }

    private boolean next() throws IOException {
        byte[] chunk;
        try {
            chunk = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the file");
        }
        if (chunk == END) {
            ended = true;
            if (failure != null) {
                throw failure;
            }
            return false;
        }
        current = chunk;
        position = 0;
        return true;
    }

    private void run(InputStream in) {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            while (!stopped) {
                byte[] chunk = in.readNBytes(CHUNK);
                digest.update(chunk);
                if (chunk.length > 0) {
                    chunks.put(chunk);
                }
                if (chunk.length < CHUNK) {
                    checksum = HexFormat.of().formatHex(digest.digest());
                    break;
                }
            }
        } catch (InterruptedException e) {
            return; // closed early: nobody waits for the end
        } catch (IOException e) {
            failure = e;
        } catch (NoSuchAlgorithmException | RuntimeException | Error e) {
            failure = new IOException("reading the file failed: " + e, e);
        }
        try {
            chunks.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the reading thread, if it has not read the whole file yet, and waits for it. */
    @Override
    public void close() throws IOException {
        stopped = true;
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while closing the file");
        }
    }
}
