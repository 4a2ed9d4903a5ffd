package io.lockernet.simulator;

import io.lockernet.simulator.demo.Demo;
import io.lockernet.simulator.locker.LockerThreads;
import io.lockernet.simulator.locker.SimulatedLocker;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A run of lockers in this process, from connecting them to their summary: the whole run, or one child's slice of a
 * split run (then the summary is a JSON line for the parent).
 */
final class LocalRun {

    private static final System.Logger LOG = System.getLogger(LocalRun.class.getName());
    /** How long a --readings run waits for the lockers to be welcomed before it starts sending. */
    private static final Duration WELCOME_PATIENCE = Duration.ofSeconds(60);
    /** Timer and callback threads of all the lockers of a process: their work is short. */
    private static final int SHORT_WORK_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** At most this many token requests to Keycloak in flight from one process. */
    private static final int NETWORK_THREADS = 16;
    /** Lockers per HTTP client, whose one selector thread does the I/O of all their sockets. */
    private static final int LOCKERS_PER_CLIENT = 250;

    private final Simulator options;
    private final CountDownLatch stopRequested;
    private final PrintStream out;

    LocalRun(Simulator options, CountDownLatch stopRequested, PrintStream out) {
        this.options = options;
        this.stopRequested = stopRequested;
        this.out = out;
    }

    /** Exit code 0 when every locker was welcomed at least once, 1 otherwise. */
    int run(List<LockerAssignment> assignments, int hostileLockers) {
        Instant started = Instant.now();
        RunStatistics statistics = new RunStatistics(assignments.size(), hostileLockers);
        int clients = (assignments.size() + LOCKERS_PER_CLIENT - 1) / LOCKERS_PER_CLIENT;
        try (LockerThreads threads = new LockerThreads(SHORT_WORK_THREADS, NETWORK_THREADS, clients)) {
            Fleet fleet = new Fleet(options, threads, statistics);
            List<SimulatedLocker> running = fleet.create(assignments, hostileLockers);
            Outages outages = new Outages(running, Duration.ofSeconds(options.outageEverySeconds),
                    Duration.ofSeconds(options.outageSeconds));
            boolean allConnecting = fleet.connect(running, options.connectRate, stopRequested);
            outages.start();
            Demo demo = options.demo.enabled() && allConnecting ? startDemo(running) : null;
            if (options.readings > 0 && allConnecting) {
                sendReadings(running);
            } else {
                awaitStop(started);
            }
            if (demo != null) {
                demo.close(); // before the lockers: it waits for the doors it opened to close
            }
            outages.stop();
            statistics.stopping();
            LOG.log(Level.INFO, "stopping {0} lockers", String.valueOf(running.size()));
            Fleet.close(running);
        }
        RunSummary summary = statistics.summary();
        if (options.child) {
            out.println(summary.toJson());
        } else {
            summary.print(out);
        }
        out.flush();
        return summary.everyLockerWelcomed() ? 0 : 1;
    }

    private Demo startDemo(List<SimulatedLocker> running) {
        return Demo.start(options.demo, options.keycloak, client -> ClientSecrets.read(options.secretsDir, client),
                options.secretsDir, running, Duration.ofMillis(options.doorOpenMs));
    }

    private void sendReadings(List<SimulatedLocker> running) {
        Instant deadline = Instant.now().plus(WELCOME_PATIENCE);
        for (SimulatedLocker locker : running) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (!locker.awaitWelcome(left.isNegative() ? Duration.ZERO : left)) {
                LOG.log(Level.WARNING, "{0} was not welcomed; its share of readings is skipped", locker.lockerId());
            }
        }
        long started = System.nanoTime();
        long sent = new ReadingsLoad(running, options.readings, options.readingsPerSecond, options.occupancyPercent,
                () -> stopRequested.getCount() == 0).run();
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("readings sent: %d of %d in %.1f s (%.0f/s)%n", sent, options.readings, seconds, sent / seconds);
    }

    /** Until the duration, counted from the start of the run, is over; or until stopped. */
    private void awaitStop(Instant started) {
        try {
            if (options.durationSeconds > 0) {
                Duration left = Duration.between(Instant.now(), started.plusSeconds(options.durationSeconds));
                stopRequested.await(left.toNanos(), TimeUnit.NANOSECONDS);
            } else {
                stopRequested.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
