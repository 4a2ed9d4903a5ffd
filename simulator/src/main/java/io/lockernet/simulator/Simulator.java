package io.lockernet.simulator;

import io.lockernet.simulator.locker.LockerConfig;
import io.lockernet.simulator.locker.SimulatedLocker;
import io.lockernet.simulator.locker.TokenSource;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Connects simulated lockers to their Shepherds and keeps them answering commands until the duration is over
 * or the process is told to stop, then prints a summary. Each locker authenticates as its own Keycloak client.
 */
@Command(name = "lockernet-simulator", mixinStandardHelpOptions = true, version = SimulatedLocker.FIRMWARE,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Simulates parcel lockers connected to Lockernet Shepherds over WebSocket.")
public final class Simulator implements Callable<Integer> {

    private static final System.Logger LOG = System.getLogger(Simulator.class.getName());
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(20);

    @Option(names = "--keycloak", defaultValue = "http://localhost:8180/realms/lockernet", paramLabel = "URL",
            description = "Keycloak realm URL (default: ${DEFAULT-VALUE}).")
    String keycloak;

    @Option(names = "--shepherd-base", defaultValue = "ws://localhost:8080", paramLabel = "URL",
            description = "Base of the Shepherd endpoints; a locker of shepherd N connects to "
                    + "<base>/shepherd-N/lockers (default: ${DEFAULT-VALUE}).")
    URI shepherdBase;

    @Option(names = "--locker", required = true, paramLabel = "ID@N",
            description = "A locker and its Shepherd number, e.g. L-0001@1; repeat for more lockers.")
    List<LockerAssignment> lockers;

    @Option(names = "--secret-pattern", defaultValue = "demo-locker-%s-secret", paramLabel = "PATTERN",
            description = "Client secret with %%s for the locker id; demo realm only (default: ${DEFAULT-VALUE}).")
    String secretPattern;

    @Option(names = "--door-open-ms", defaultValue = "3000", paramLabel = "MS",
            description = "How long a door stays open before it is closed (default: ${DEFAULT-VALUE}).")
    long doorOpenMs;

    @Option(names = "--duration", defaultValue = "0", paramLabel = "SECONDS",
            description = "How long to run; 0 runs until stopped with Ctrl-C or SIGTERM (default: ${DEFAULT-VALUE}).")
    long durationSeconds;

    @Option(names = "--readings", defaultValue = "0", paramLabel = "N",
            description = "Once every locker is welcomed, send N device readings spread over the lockers (vitals "
                    + "and occupancy), then stop; for benchmarks (default: ${DEFAULT-VALUE}).")
    long readings;

    @Option(names = "--readings-per-second", defaultValue = "1000", paramLabel = "RATE",
            description = "Pace of --readings over all lockers together (default: ${DEFAULT-VALUE}).")
    int readingsPerSecond;

    @Option(names = "--occupancy-percent", defaultValue = "10", paramLabel = "PERCENT",
            description = "Share of --readings that are occupancy readings; the rest are vitals "
                    + "(default: ${DEFAULT-VALUE}).")
    int occupancyPercent;

    @Option(names = "--jammed-lock", description = "Faults: every lock fires but its door stays shut.")
    boolean jammedLock;

    @Option(names = "--stuck-door-sensor", description = "Faults: doors open and close but report nothing.")
    boolean stuckDoorSensor;

    @Option(names = "--duplicate-commands", description = "Faults: every command arrives twice.")
    boolean duplicateCommands;

    @Option(names = "--command-delay-ms", defaultValue = "0", paramLabel = "MS",
            description = "Faults: every command is handled this long after it arrives (default: ${DEFAULT-VALUE}).")
    long commandDelayMs;

    @Option(names = "--clock-skew-ms", defaultValue = "0", paramLabel = "MS",
            description = "Faults: the lockers' clocks run this far ahead, negative behind (default: ${DEFAULT-VALUE}).")
    long clockSkewMs;

    @Option(names = "--outage-every", defaultValue = "0", paramLabel = "SECONDS",
            description = "Faults: GSM-like outages; each locker loses its link on average this often, at random "
                    + "(0: never; default: ${DEFAULT-VALUE}).")
    long outageEverySeconds;

    @Option(names = "--outage-seconds", defaultValue = "10", paramLabel = "SECONDS",
            description = "How long an outage lasts (default: ${DEFAULT-VALUE}).")
    long outageSeconds;

    @Spec
    CommandSpec spec;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final PrintStream out;

    public Simulator() {
        this(System.out);
    }

    Simulator(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %5$s%6$s%n");
        }
        System.exit(commandLine(new Simulator()).execute(args));
    }

    static CommandLine commandLine(Simulator simulator) {
        return new CommandLine(simulator).registerConverter(LockerAssignment.class, LockerAssignment::parse);
    }

    /** Exit code 0 when every locker was welcomed at least once, 1 otherwise. */
    @Override
    public Integer call() {
        if (durationSeconds < 0 || doorOpenMs < 0 || commandDelayMs < 0 || outageEverySeconds < 0
                || outageSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--duration, --door-open-ms, --command-delay-ms, "
                    + "--outage-every and --outage-seconds must not be negative");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopOnSignal, "simulator-shutdown"));
        RunStatistics statistics = new RunStatistics(lockers.size());
        HttpClient http = HttpClient.newHttpClient();
        List<SimulatedLocker> running = lockers.stream().map(locker -> start(locker, http, statistics)).toList();
        Outages outages = new Outages(running, Duration.ofSeconds(outageEverySeconds),
                Duration.ofSeconds(outageSeconds));
        outages.start();
        if (readings > 0) {
            sendReadings(running);
        } else {
            awaitStop();
        }
        outages.stop();
        statistics.stopping();
        LOG.log(Level.INFO, "stopping {0} lockers", String.valueOf(running.size()));
        running.forEach(SimulatedLocker::close);
        statistics.print(out);
        out.flush();
        finished.countDown();
        return statistics.everyLockerWelcomed() ? 0 : 1;
    }

    private SimulatedLocker start(LockerAssignment assignment, HttpClient http, RunStatistics statistics) {
        TokenSource tokens = TokenSource.clientCredentials(keycloak, assignment.clientId(),
                String.format(secretPattern, assignment.lockerId()));
        LockerConfig config = new LockerConfig(assignment.lockerId(), assignment.endpoint(shepherdBase), tokens,
                LockerConfig.DEFAULT_COMPARTMENTS, Duration.ofMillis(doorOpenMs));
        SimulatedLocker locker = new SimulatedLocker(config, http).reconnecting(true).addListener(statistics);
        locker.faults().jammedLock(jammedLock).stuckDoorSensor(stuckDoorSensor)
                .duplicateCommands(duplicateCommands).commandDelay(Duration.ofMillis(commandDelayMs))
                .clockSkew(Duration.ofMillis(clockSkewMs));
        // a failed first attempt is already logged as a disconnect and retried with backoff
        locker.connect();
        return locker;
    }

    private void sendReadings(List<SimulatedLocker> running) {
        for (SimulatedLocker locker : running) {
            if (!locker.awaitWelcome(Duration.ofSeconds(60))) {
                LOG.log(Level.WARNING, "{0} was not welcomed; its share of readings is skipped", locker.lockerId());
            }
        }
        long started = System.nanoTime();
        long sent = new ReadingsLoad(running, readings, readingsPerSecond, occupancyPercent).run();
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("readings sent: %d of %d in %.1f s (%.0f/s)%n", sent, readings, seconds, sent / seconds);
    }

    private void awaitStop() {
        try {
            if (durationSeconds > 0) {
                stopRequested.await(durationSeconds, TimeUnit.SECONDS);
            } else {
                stopRequested.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The JVM halts when shutdown hooks return, so the hook waits until the lockers are closed and summed up. */
    private void stopOnSignal() {
        stopRequested.countDown();
        try {
            if (!finished.await(SHUTDOWN_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "lockers did not close within {0}; stopping anyway", SHUTDOWN_PATIENCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
