package io.segbot.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT for {@code serve}: the first asks for a graceful shutdown (the serving thread
 * wakes from {@link #await}), a second one exits at once. JVM shutdown hooks cannot tell a second
 * signal from the first, so the signals are handled directly (jdk.unsupported's {@code
 * sun.misc.Signal}, the supported way to do this on Java 17).
 */
final class ShutdownSignals {
    /** The exit code of a second signal: 128 + SIGINT, as shells report an interrupted process. */
    static final int FORCED = 130;

    private final CountDownLatch requested = new CountDownLatch(1);
    private final AtomicInteger received = new AtomicInteger();
    private volatile String first = "";

    /** Installs the handlers for TERM and INT. */
    static ShutdownSignals install() {
        ShutdownSignals signals = new ShutdownSignals();
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> signals.received("SIG" + signal.getName()));
        }
        return signals;
    }

    void received(String name) {
        if (received.incrementAndGet() == 1) {
            if (requested.getCount() > 0) {
                first = name;
            }
            System.err.println(name + ": stopping; running jobs get their deadline. Send it again to exit at once.");
            requested.countDown();
        } else {
            System.err.println(name + " again: exiting at once.");
            Runtime.getRuntime().halt(FORCED);
        }
    }

    /** Blocks until a shutdown is requested (or {@link #request} is called) and returns its cause. */
    String await() throws InterruptedException {
        requested.await();
        return first;
    }

    boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return requested.await(timeout, unit);
    }

    /**
     * Asks for a shutdown from inside, e.g. when the console user types /quit. Signals still count
     * from one: a SIGTERM after this is a first signal, not a second.
     */
    synchronized void request(String why) {
        if (requested.getCount() > 0) {
            first = why;
            System.err.println(why + ": stopping; running jobs get their deadline.");
            requested.countDown();
        }
    }
}
