package io.lockernet.shepherd.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Hands items to a slow sink on threads of its own, keeping the order of the items of each key: every key always
 * goes to the same lane, and each lane is one thread that takes whatever has queued up while it was busy (up to
 * {@code maxBatch}) and passes it to the sink in one call. A sink that fails is called again with the same batch,
 * waiting longer each time (up to 5 s), so nothing is skipped and nothing is reordered; meanwhile the lane's queue
 * fills, and once it is full {@link #offer} says no and the caller decides what to do. Closing stops the offers and
 * goes on handing on (and retrying) what is queued until its timeout.
 */
public final class OrderedLanes<T> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OrderedLanes.class.getName());
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final Function<T, String> key;
    private final Consumer<List<T>> sink;
    private final int maxBatch;
    private final List<BlockingQueue<T>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean closing;

    public OrderedLanes(int lanes, int capacity, int maxBatch, Function<T, String> key, Consumer<List<T>> sink,
            ThreadFactory threadFactory) {
        this.key = key;
        this.sink = sink;
        this.maxBatch = maxBatch;
        for (int i = 0; i < lanes; i++) {
            BlockingQueue<T> queue = new ArrayBlockingQueue<>(capacity);
            queues.add(queue);
            Thread thread = threadFactory.newThread(() -> run(queue));
            thread.setName("lockernet-lane-" + i);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    /** Queues the item behind the earlier items of its key; false when its lane is full or the lanes are closing. */
    public boolean offer(T item) {
        return !closing && laneOf(item).offer(item);
    }

    /** As {@link #offer(Object)}, waiting up to {@code timeoutMillis} for room in a full lane. */
    public boolean offer(T item, long timeoutMillis) {
        if (closing) {
            return false;
        }
        try {
            return laneOf(item).offer(item, timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private BlockingQueue<T> laneOf(T item) {
        return queues.get(Math.floorMod(key.apply(item).hashCode(), queues.size()));
    }

    /** Items queued and not yet handed to the sink. */
    public int backlog() {
        return queues.stream().mapToInt(BlockingQueue::size).sum();
    }

    private void run(BlockingQueue<T> queue) {
        List<T> batch = new ArrayList<>(maxBatch);
        while (!closing || !queue.isEmpty()) {
            try {
                T first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                deliver(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            batch.clear();
        }
        if (!queue.isEmpty() || !batch.isEmpty()) {
            int lost = queue.size() + batch.size();
            LOG.warning(() -> "stopped with " + lost + " items not handed on");
        }
    }

    private void deliver(List<T> batch) throws InterruptedException {
        long backoff = 50;
        while (true) {
            try {
                sink.accept(List.copyOf(batch));
                return;
            } catch (RuntimeException e) {
                long wait = backoff;
                LOG.warning(() -> "cannot hand on " + batch.size() + " items, trying again in " + wait + " ms: " + e);
                Thread.sleep(wait);
                backoff = Math.min(2 * backoff, MAX_BACKOFF_MILLIS);
            }
        }
    }

    /** Stops taking items, hands on what is queued (waiting at most {@code timeoutMillis}), and ends the threads. */
    public void close(long timeoutMillis) {
        closing = true;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        for (Thread thread : threads) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                thread.join(Math.max(1, left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (thread.isAlive()) {
                thread.interrupt();
            }
        }
    }

    @Override
    public void close() {
        close(5_000);
    }
}
