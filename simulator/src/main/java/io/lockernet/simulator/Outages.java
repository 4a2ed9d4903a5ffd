package io.lockernet.simulator;

import io.lockernet.simulator.locker.SimulatedLocker;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * GSM-like outages for a run of the simulator: once a second each locker loses its link with the probability that
 * gives one outage per {@code every} on average (a Poisson process), for {@code length}. Off when every is zero.
 */
final class Outages {

    private static final System.Logger LOG = System.getLogger(Outages.class.getName());

    private final List<SimulatedLocker> lockers;
    private final Duration every;
    private final Duration length;
    private ScheduledExecutorService scheduler;

    Outages(List<SimulatedLocker> lockers, Duration every, Duration length) {
        this.lockers = lockers;
        this.every = every;
        this.length = length;
    }

    void start() {
        if (every.isZero()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outages");
            thread.setDaemon(true);
            return thread;
        });
        double perSecond = 1.0 / every.toSeconds();
        scheduler.scheduleAtFixedRate(() -> {
            for (SimulatedLocker locker : lockers) {
                if (locker.isConnected() && ThreadLocalRandom.current().nextDouble() < perSecond) {
                    LOG.log(Level.INFO, "{0}: outage of {1} s", locker.lockerId(), String.valueOf(length.toSeconds()));
                    locker.outage(length);
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
