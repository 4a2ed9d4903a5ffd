package io.lockernet.simulator.demo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code --demo}, mixed into the simulator's command line. A class of their own so that the simulator's
 * options stay about lockers, and so that every demo setting is checked in one place.
 */
public final class DemoOptions {

    /** A retailer id as the launcher accepts it ({@code RETAILER_PATTERN} of {@code ./lockernet}). */
    private static final Pattern RETAILER = Pattern.compile("[a-z][a-z0-9]{1,39}");

    @Option(names = "--demo", description = "Demo activity for the local system: seed each --demo-retailers retailer "
            + "with products and orders (idempotent), catch the customers' e-mails on --smtp-port, and keep new orders, "
            + "deposits, pickups and returns at the simulated lockers going.")
    boolean enabled;

    @Option(names = "--partner-base", defaultValue = "https://localhost:8443", paramLabel = "URL",
            description = "With --demo: where the staff APIs are, <base>/partner-ID/api (default: ${DEFAULT-VALUE}).")
    URI partnerBase;

    @Option(names = "--demo-retailers", defaultValue = "acme,bravo", split = ",", paramLabel = "ID",
            description = "With --demo: the retailers to keep busy, each as its user ID-manager through the client "
                    + "partner-ID (default: ${DEFAULT-VALUE}).")
    List<String> retailers;

    @Option(names = "--demo-password-file", paramLabel = "FILE",
            description = "With --demo: the demo users' password, alone in a file (default: demo-password beside "
                    + "the --secrets-dir, as ./lockernet keeps it).")
    Path passwordFile;

    @Option(names = "--smtp-port", defaultValue = "2525", paramLabel = "PORT",
            description = "With --demo: the port on 127.0.0.1 of the SMTP server that takes the customers' e-mails; "
                    + "0 for none, and then no customer comes for a parcel (default: ${DEFAULT-VALUE}).")
    int smtpPort;

    @Option(names = "--demo-mail-dir", paramLabel = "DIR",
            description = "With --demo: keep the e-mails received as .eml files in this directory, the newest 500, "
                    + "to read; a restarted demo finds its customers' codes there (default: not kept).")
    Path mailDir;

    @Option(names = "--demo-order-every", defaultValue = "60", paramLabel = "SECONDS",
            description = "With --demo: about how often each retailer gets a new order, and deposits one, at random "
                    + "between half and one and a half times this (default: ${DEFAULT-VALUE}).")
    long orderEverySeconds;

    @Option(names = "--demo-customer-delay", defaultValue = "45s..300s", paramLabel = "SOONEST..LATEST",
            description = "With --demo: how long after a code's e-mail its customer comes to the locker, at random "
                    + "between the two; each a whole number of ms, s or m, e.g. 1s..5s for a test that wants its "
                    + "customers within seconds. The customer of each retailer's first parcel comes within 5 s "
                    + "(or LATEST, if sooner) so that a pickup and a return show at once (default: ${DEFAULT-VALUE}).")
    String customerDelay;

    @Option(names = "--demo-couriers", defaultValue = "2", paramLabel = "N",
            description = "With --demo: how many couriers of the demo carrier swift (users swift-courier-1 …) drive "
                    + "its routes, from a depot in the middle of the demo town; 0 for none, and then no order is "
                    + "handed to the carrier (default: ${DEFAULT-VALUE}).")
    int couriers;

    @Option(names = "--demo-speed-up", defaultValue = "10", paramLabel = "FACTOR",
            description = "With --demo: how much faster than a van at 30 km/h the simulated couriers drive, so that "
                    + "a day's round can be watched in minutes (default: ${DEFAULT-VALUE}).")
    double speedUp;

    @Option(names = "--demo-courier-failures", defaultValue = "0.05", paramLabel = "SHARE",
            description = "With --demo: the share of parcels a simulated courier reports as not delivered (damaged), "
                    + "so that failed stops and re-plans show (default: ${DEFAULT-VALUE}).")
    double courierFailures;

    public boolean enabled() {
        return enabled;
    }

    /**
     * Refuses settings the demo cannot work with: usage errors, like the simulator's own. {@code oneProcess} is false
     * for a run split over child processes, whose lockers are not in this process to be typed at.
     */
    public void check(CommandLine commandLine, boolean oneProcess) {
        if (!enabled) {
            return;
        }
        if (!oneProcess) {
            throw new ParameterException(commandLine, "--demo types codes at lockers of its own process: it does not "
                    + "go with a run split over processes (--lockers-per-process)");
        }
        if (couriers < 0 || couriers > 9 || speedUp < 1 || speedUp > 1000 || courierFailures < 0
                || courierFailures > 1) {
            throw new ParameterException(commandLine, "--demo-couriers must be 0 to 9, --demo-speed-up 1 to 1000 and "
                    + "--demo-courier-failures 0 to 1");
        }
        if (smtpPort < 0 || smtpPort > 65_535 || orderEverySeconds < 5) {
            throw new ParameterException(commandLine, "--smtp-port must be 0 to 65535 and --demo-order-every at "
                    + "least 5 seconds");
        }
        try {
            customerDelay();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--demo-customer-delay: " + e.getMessage());
        }
        for (String retailer : retailers) {
            if (!RETAILER.matcher(retailer).matches()) {
                throw new ParameterException(commandLine, "--demo-retailers: '" + retailer + "' is not a retailer id "
                        + "(a lower-case letter, then 1 to 39 lower-case letters or digits)");
            }
        }
    }

    URI partnerBase() {
        return partnerBase;
    }

    List<String> retailers() {
        return List.copyOf(retailers);
    }

    /** The file given, or {@code demo-password} in the parent of the clients' secrets, where the launcher keeps it. */
    Path passwordFile(Path secretsDir) {
        return passwordFile != null ? passwordFile : secretsDir.toAbsolutePath().resolveSibling("demo-password");
    }

    int smtpPort() {
        return smtpPort;
    }

    Path mailDir() {
        return mailDir;
    }

    int couriers() {
        return couriers;
    }

    double speedUp() {
        return speedUp;
    }

    double courierFailures() {
        return courierFailures;
    }

    Duration orderEvery() {
        return Duration.ofSeconds(orderEverySeconds);
    }

    CustomerDelay customerDelay() {
        return CustomerDelay.parse(customerDelay);
    }
}
