package io.lockernet.simulator;

import io.lockernet.simulator.demo.DemoOptions;
import io.lockernet.simulator.locker.Hostility;
import io.lockernet.simulator.locker.SimulatedLocker;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * Connects simulated lockers to their Shepherds and keeps them answering commands until the duration is over
 * or the process is told to stop, then prints a summary. Each locker authenticates as its own Keycloak client.
 * The lockers run in this process ({@link LocalRun}); a series larger than one process should hold runs in child
 * processes of this same program ({@link ProcessSplit}).
 */
@Command(name = "lockernet-simulator", mixinStandardHelpOptions = true, version = SimulatedLocker.FIRMWARE,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Simulates parcel lockers connected to Lockernet Shepherds over WebSocket.",
        footer = {"", "Examples:",
                "  lockernet-simulator --locker L-0001@1 --locker L-0002@2/1 --duration 60",
                "  lockernet-simulator --lockers 10000 --shepherds 2 --connect-rate 200",
                "  lockernet-simulator --lockers 6 --hostile flood,forge --hostile-lockers 2",
                "  lockernet-simulator --lockers 6 --demo --demo-mail-dir .lockernet/mail",
                "", "Exit code: 0 when every locker was welcomed at least once, 1 otherwise, 2 on a usage error."})
public final class Simulator implements Callable<Integer> {

    private static final System.Logger LOG = System.getLogger(Simulator.class.getName());
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(20);

    @Option(names = "--keycloak", defaultValue = "https://localhost:8180/realms/lockernet", paramLabel = "URL",
            description = "Keycloak realm URL (default: ${DEFAULT-VALUE}).")
    String keycloak;

    @Option(names = "--shepherd-base", defaultValue = "wss://localhost:8443", paramLabel = "URL",
            description = "Base of the Shepherd endpoints; a locker of shepherd N connects to "
                    + "<base>/shepherd-N/lockers (default: ${DEFAULT-VALUE}).")
    URI shepherdBase;

    @Option(names = "--locker", paramLabel = "ID@N[/F]",
            description = "A locker and its Shepherd number, with a fallback Shepherd after a slash if it has one, "
                    + "e.g. L-0001@1 or L-0001@1/2; repeat for more lockers. Either this or --lockers.")
    List<LockerAssignment> lockers;

    @Option(names = "--lockers", paramLabel = "N",
            description = "Simulate N lockers of the series L-0001, L-0002, ... from --first-locker; locker i "
                    + "belongs to shepherd ((i-1) mod K)+1 of --shepherds K, with the next Shepherd as fallback "
                    + "when K > 1. Either this or --locker.")
    Integer lockerCount;

    @Option(names = "--first-locker", defaultValue = "1", paramLabel = "I",
            description = "With --lockers: the number of the first locker, e.g. 101 for L-0101 "
                    + "(default: ${DEFAULT-VALUE}).")
    int firstLocker;

    @Option(names = "--shepherds", defaultValue = "2", paramLabel = "K",
            description = "With --lockers: how many Shepherds the lockers are spread over (default: ${DEFAULT-VALUE}).")
    int shepherds;

    @Option(names = "--connect-rate", defaultValue = "200", paramLabel = "PER_SECOND",
            description = "Connect at most this many lockers a second, so that Keycloak and the Shepherds do not get "
                    + "every token request and handshake at once (default: ${DEFAULT-VALUE}).")
    int connectRate;

    @Option(names = "--lockers-per-process", defaultValue = "8000", paramLabel = "M",
            description = "With more --lockers than M, run them in child processes of at most M lockers each "
                    + "and print one summary for all; one process holds about 19,000 sockets "
                    + "(default: ${DEFAULT-VALUE}).")
    int lockersPerProcess;

    @Option(names = "--secrets-dir", defaultValue = ".lockernet/secrets/clients", paramLabel = "DIR",
            description = "Where each locker's client secret is, in a file named for its client (locker-L-0001), as "
                    + "./lockernet keeps them; read from the file, never given on a command line "
                    + "(default: ${DEFAULT-VALUE}).")
    java.nio.file.Path secretsDir;

    @Option(names = "--door-open-ms", defaultValue = "3000", paramLabel = "MS",
            description = "How long a door stays open before it is closed (default: ${DEFAULT-VALUE}).")
    long doorOpenMs;

    @Option(names = "--duration", defaultValue = "0", paramLabel = "SECONDS",
            description = "How long to run, counted from the start (connecting included); 0 runs until stopped with "
                    + "Ctrl-C or SIGTERM (default: ${DEFAULT-VALUE}).")
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

    @Option(names = "--hostile", split = ",", paramLabel = "MODE",
            description = "Hostile lockers, one or more modes separated by commas; each right after its welcome: "
                    + "flood (pings at 500 a second), forge (a door event in the name of the next locker of the run, "
                    + "L-9999 when alone), malformed (a frame that is not JSON, then one of an unknown type). "
                    + "A hostile locker the Shepherd refuses does not reconnect.")
    List<Hostility> hostility = List.of();

    @Option(names = "--hostile-lockers", defaultValue = "1", paramLabel = "K",
            description = "With --hostile: how many lockers misbehave, the first ones of the run; the others behave "
                    + "(default: ${DEFAULT-VALUE}).")
    int hostileLockers;

    @Option(names = "--child", hidden = true,
            description = "Runs one slice of a split run: the summary as a JSON line, and a stop when stdin closes.")
    boolean child;

    @Mixin
    DemoOptions demo;

    @Spec
    CommandSpec spec;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final PrintStream out;
    private volatile ProcessSplit split;

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
        return new CommandLine(simulator).registerConverter(LockerAssignment.class, LockerAssignment::parse)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** Exit code 0 when every locker was welcomed at least once, 1 otherwise. */
    @Override
    public Integer call() {
        List<LockerAssignment> assignments = assignments();
        validate(assignments.size());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopOnSignal, "simulator-shutdown"));
        if (child) {
            ParentWatch.start(stopRequested);
        }
        try {
            return splits() ? runSplit() : new LocalRun(this, stopRequested, out).run(assignments, hostileLockers());
        } finally {
            finished.countDown();
        }
    }

    /** The lockers of this run: those of --locker, or the series of --lockers. */
    List<LockerAssignment> assignments() {
        CommandLine commandLine = spec.commandLine();
        if (lockers == null && lockerCount == null) {
            throw new ParameterException(commandLine, "Missing lockers: give --locker ID@N (one or more) or --lockers N");
        }
        if (lockers != null && lockerCount != null) {
            throw new ParameterException(commandLine, "--locker and --lockers do not go together: give one of them");
        }
        if (lockers == null) {
            return series().assignments();
        }
        ParseResult parsed = commandLine.getParseResult();
        if (parsed.hasMatchedOption("--first-locker") || parsed.hasMatchedOption("--shepherds")) {
            throw new ParameterException(commandLine, "--first-locker and --shepherds go with --lockers, not --locker");
        }
        return lockers;
    }

    private LockerSeries series() {
        try {
            return new LockerSeries(firstLocker, lockerCount, shepherds);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--lockers, --first-locker and --shepherds must be 1 or "
                    + "more", e);
        }
    }

    private void validate(int lockerTotal) {
        if (durationSeconds < 0 || doorOpenMs < 0 || commandDelayMs < 0 || outageEverySeconds < 0
                || outageSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--duration, --door-open-ms, --command-delay-ms, "
                    + "--outage-every and --outage-seconds must not be negative");
        }
        if (connectRate < 1 || lockersPerProcess < 1 || readingsPerSecond < 1) {
            throw new ParameterException(spec.commandLine(), "--connect-rate, --lockers-per-process and "
                    + "--readings-per-second must be 1 or more");
        }
        demo.check(spec.commandLine(), !splits());
        if (hostileLockers < 0 || hostileLockers > lockerTotal) {
            throw new ParameterException(spec.commandLine(), "--hostile-lockers must be between 0 and the number of "
                    + "lockers (" + lockerTotal + "), got " + hostileLockers);
        }
    }

    /** Only a series is split, and a child runs its slice itself. */
    private boolean splits() {
        return !child && lockerCount != null && lockerCount > lockersPerProcess;
    }

    private int hostileLockers() {
        return hostility.isEmpty() ? 0 : hostileLockers;
    }

    private int runSplit() {
        LockerSeries whole = series();
        ProcessSplit processes = new ProcessSplit(out);
        split = processes;
        if (stopRequested.getCount() == 0) {
            processes.stop(); // the signal came before the split was there to hear it
        }
        ChildCommand command = new ChildCommand(ChildCommand.thisProgram(), this);
        for (LockerSeries slice : whole.slices(lockersPerProcess)) {
            processes.start(slice, slice.leadingIn(hostileLockers(), whole), command.forSlice(whole, slice));
        }
        ProcessSplit.Result result = processes.await();
        result.summary().print(out);
        out.flush();
        return result.complete() && result.summary().everyLockerWelcomed() ? 0 : 1;
    }

    /** The JVM halts when shutdown hooks return, so the hook waits until the lockers are closed and summed up. */
    private void stopOnSignal() {
        stopRequested.countDown();
        ProcessSplit children = split;
        if (children != null) {
            children.stop();
        }
        try {
            if (!finished.await(SHUTDOWN_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "lockers did not close within {0}; stopping anyway", SHUTDOWN_PATIENCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
