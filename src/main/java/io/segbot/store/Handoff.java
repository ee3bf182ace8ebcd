package io.segbot.store;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hands full batches from the thread that fills them to one background thread that stores them,
 * in order, and back again to be refilled: at most {@link #BATCHES} batches exist, so memory stays
 * bounded however large the file. A failure on the background thread is thrown to the filling
 * thread at its next hand-over or at {@link #finish}. The filling side is one thread; not for
 * several.
 */
final class Handoff<B> {
    static final int BATCHES = 3;
    private static final Object END = new Object();
    private static final long POLL_MILLIS = 50;

    private final BlockingQueue<Object> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private final BlockingQueue<B> empty = new ArrayBlockingQueue<>(BATCHES);
    private final Supplier<B> factory;
    private final Consumer<B> store;
    private final Thread worker;
    private volatile RuntimeException failure;
    private int made;

    /**
     * @param store stores one batch on the background thread and leaves it ready to refill; it
     *     reports a failure by throwing an unchecked exception
     */
    Handoff(String threadName, Supplier<B> factory, Consumer<B> store) {
        this.factory = factory;
        this.store = store;
        this.worker = new Thread(this::run, threadName);
        worker.setDaemon(true);
        worker.start();
    }

    /** A batch to fill: a recycled one, a new one while fewer than {@link #BATCHES} exist, else the next one freed. */
    B empty() {
        B batch = empty.poll();
        if (batch != null) {
            return batch;
        }
        if (made < BATCHES) {
            made++;
            return factory.get();
        }
        while (true) {
            rethrow();
            batch = interruptibly(() -> empty.poll(POLL_MILLIS, TimeUnit.MILLISECONDS));
            if (batch != null) {
                return batch;
            }
        }
    }

    /** Queues a full batch for storing. */
    void submit(B batch) {
        put(batch);
    }

    /** Waits until every submitted batch is stored, ends the background thread, and throws its failure if any. */
    void finish() {
        put(END);
        interruptibly(() -> {
            worker.join();
            return null;
        });
        rethrow();
    }

    private void put(Object item) {
        while (true) {
            rethrow();
            if (interruptibly(() -> full.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS))) {
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void run() {
        try {
            for (Object item = full.take(); item != END; item = full.take()) {
                store.accept((B) item);
                empty.add((B) item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new StoreException("storing blocks was interrupted", e);
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            failure = new StoreException("storing blocks failed: " + e, e);
        }
    }

    private void rethrow() {
        RuntimeException e = failure;
        if (e != null) {
            throw e;
        }
    }

    @FunctionalInterface
    private interface Wait<T> {
        T call() throws InterruptedException;
    }

    private static <T> T interruptibly(Wait<T> wait) {
        try {
            return wait.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while storing blocks", e);
        }
    }
}
