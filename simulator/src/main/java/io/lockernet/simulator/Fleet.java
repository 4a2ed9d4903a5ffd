package io.lockernet.simulator;

import io.lockernet.simulator.locker.Hostility;
import io.lockernet.simulator.locker.LockerConfig;
import io.lockernet.simulator.locker.LockerThreads;
import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The simulated lockers of a run in this process: made from their assignments and the command-line options, all on
 * the same few threads, connected at a steady pace (thousands at once would be thousands of token requests and
 * handshakes at once) and closed together.
 */
final class Fleet {

    private final Simulator options;
    private final LockerThreads threads;
    private final RunStatistics statistics;

    Fleet(Simulator options, LockerThreads threads, RunStatistics statistics) {
        this.options = options;
        this.threads = threads;
        this.statistics = statistics;
    }

    /** The first {@code hostile} lockers misbehave; a forger speaks for the next locker of the list. */
    List<SimulatedLocker> create(List<LockerAssignment> assignments, int hostile) {
        List<SimulatedLocker> lockers = new ArrayList<>(assignments.size());
        for (int i = 0; i < assignments.size(); i++) {
            SimulatedLocker locker = create(assignments.get(i));
            if (i < hostile) {
                locker.faults().hostile(options.hostility.toArray(Hostility[]::new))
                        .impersonating(assignments.size() == 1 ? Hostility.NOBODY
                                : assignments.get((i + 1) % assignments.size()).lockerId());
            }
            lockers.add(locker);
        }
        return lockers;
    }

    /**
     * Connects the lockers at {@code perSecond}, in order; a failed first attempt is already logged as a disconnect
     * and retried with backoff. Gives up when the stop comes first; false then.
     */
    boolean connect(List<SimulatedLocker> lockers, int perSecond, CountDownLatch stop) {
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < lockers.size(); i++) {
            try {
                if (stop.await(start + i * interval - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            lockers.get(i).connect();
        }
        return true;
    }

    /** Closes every locker at once, each waiting a moment for its Shepherd's answer. */
    static void close(List<SimulatedLocker> lockers) {
        CompletableFuture.allOf(lockers.stream().map(SimulatedLocker::closeAsync).toArray(CompletableFuture[]::new))
                .join();
    }

    private SimulatedLocker create(LockerAssignment assignment) {
        TokenSource tokens = TokenSource.clientCredentials(options.keycloak, assignment.clientId(),
                ClientSecrets.read(options.secretsDir, assignment.clientId()), threads.http());
        LockerConfig config = new LockerConfig(assignment.lockerId(), assignment.endpoint(options.shepherdBase), tokens,
                LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofMillis(options.doorOpenMs));
        LockerConfig withFallback = assignment.fallbackEndpoint(options.shepherdBase).map(config::withFallback)
                .orElse(config);
        SimulatedLocker locker = new SimulatedLocker(withFallback, threads).reconnecting(true).addListener(statistics);
        locker.faults().jammedLock(options.jammedLock).stuckDoorSensor(options.stuckDoorSensor)
                .duplicateCommands(options.duplicateCommands).commandDelay(Duration.ofMillis(options.commandDelayMs))
                .clockSkew(Duration.ofMillis(options.clockSkewMs));
        return locker;
    }
}
