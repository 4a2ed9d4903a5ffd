package io.lockernet.simulator.locker;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one locker's delayed work: on a thread of its own (a locker in a test) or on {@link LockerThreads} shared with
 * many lockers. Once the locker is closed none of its work runs, even where the shared threads go on for others.
 */
final class LockerTimers {

    private static final System.Logger LOG = System.getLogger(LockerTimers.class.getName());

    private final String lockerId;
    private final ScheduledExecutorService scheduler;
    private final Executor network;
    private final boolean own;
    private volatile boolean closed;

    private LockerTimers(String lockerId, ScheduledExecutorService scheduler, Executor network, boolean own) {
        this.lockerId = lockerId;
        this.scheduler = scheduler;
        this.network = network;
        this.own = own;
    }

    /** One thread for everything, network waits included: what a single locker needs. */
    static LockerTimers own(String lockerId) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "locker-" + lockerId);
            thread.setDaemon(true);
            return thread;
        });
        return new LockerTimers(lockerId, scheduler, scheduler, true);
    }

    static LockerTimers shared(String lockerId, LockerThreads threads) {
        return new LockerTimers(lockerId, threads.timers(), threads.network(), false);
    }

    void later(Duration delay, Runnable task) {
        if (closed) {
            return;
        }
        try {
            scheduler.schedule(() -> {
                if (!closed) {
                    task.run();
                }
            }, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "{0}: closed, a task due in {1} is dropped", lockerId, delay);
        }
    }

    /** For work that waits on the network, which must not hold up a timer thread other lockers share. */
    void laterOnNetwork(Duration delay, Runnable task) {
        later(delay, () -> network().execute(task));
    }

    Executor network() {
        return network;
    }

    void close() {
        closed = true;
        if (own) {
            scheduler.shutdownNow();
        }
    }
}
