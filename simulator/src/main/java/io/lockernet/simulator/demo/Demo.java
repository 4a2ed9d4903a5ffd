package io.lockernet.simulator.demo;

import io.lockernet.simulator.locker.SimulatedLocker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The demo of {@code --demo} in a running simulator: once the lockers are welcomed, every {@link #TICK} on one thread
 * of its own, it reads the mail that came, lets each retailer do what is due (seed, first hour, new order, deposit,
 * retrieval), sends the customers who are due to the keypads and starts the returns that are due. Every step catches
 * its own failure and logs it, so that a server still starting or a refused call costs one turn and never the loop.
 * Closing it stops the loop, waits for the doors it may have opened to close, and stops the mail server.
 */
public final class Demo implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Demo.class.getName());

    static final Duration TICK = Duration.ofSeconds(5);
    /** The demo carrier (a Keycloak group of the realm) and where its vans are loaded: the middle of the demo town. */
    static final String CARRIER = "swift";
    private static final String COURIER_APP = "lockernet-courier-app";
    private static final double[] DEPOT = {52.5150, 13.4000};
    /** How long the demo waits for its lockers to be welcomed before it seeds anyway. */
    private static final Duration WELCOME_PATIENCE = Duration.ofSeconds(60);
    /** Kept mails younger than this may hold codes of parcels still in the lockers (48 h window, extended once). */
    private static final Duration KEPT_MAIL_AGE = Duration.ofDays(4);
    /** Beyond the door time: the last door event's way to the listener. */
    private static final Duration DOOR_SLACK = Duration.ofSeconds(2);

    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "demo");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock = Clock.systemUTC();
    private final List<SimulatedLocker> lockers;
    private final List<RetailerActivity> activities;
    private final Customers customers;
    private final ReturnRequests returns;
    private final Keypads keypads;
    private final MailSink mail;
    private final Duration doorOpen;
    private final List<Courier> couriers;

    private Demo(List<SimulatedLocker> lockers, List<RetailerActivity> activities, Customers customers,
                 ReturnRequests returns, Keypads keypads, MailSink mail, Duration doorOpen, List<Courier> couriers) {
        this.lockers = lockers;
        this.activities = activities;
        this.customers = customers;
        this.returns = returns;
        this.keypads = keypads;
        this.mail = mail;
        this.doorOpen = doorOpen;
        this.couriers = List.copyOf(couriers);
    }

    /**
     * Starts the mail server and the loop over the lockers of this process.
     *
     * @param clientSecret the secret of a Keycloak client by its id, as the launcher keeps them
     * @param secretsDir   where the clients' secrets are: the demo password is beside it unless given
     */
    public static Demo start(DemoOptions options, String realmUrl, UnaryOperator<String> clientSecret,
                             Path secretsDir, List<SimulatedLocker> lockers, Duration doorOpen) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Random random = new Random();
        Visits visits = new Visits(random, options.customerDelay());
        Path passwordFile = options.passwordFile(secretsDir);
        List<StaffApi> apis = new ArrayList<>();
        List<RetailerActivity> activities = new ArrayList<>();
        for (String retailer : options.retailers()) {
            StaffToken token = new StaffToken(StaffToken.keycloak(http, realmUrl), "partner-" + retailer,
                    () -> clientSecret.apply("partner-" + retailer), retailer + "-manager",
                    () -> read(passwordFile), Clock.systemUTC());
            StaffApi api = new StaffApi(http, options.partnerBase(), retailer, token);
            apis.add(api);
            var catalogue = Catalogue.forRetailerAt(activities.size());
            DemoOrders orders = new DemoOrders(catalogue, random);
            Depositor depositor = new Depositor(api, random);
            activities.add(new RetailerActivity(api, new Seed(api, catalogue, orders, depositor), orders, depositor,
                    new Retriever(api, options.couriers() > 0 ? CARRIER : null), new FirstHour(api, visits), new StoreChoice(random),
                    new Pace(options.orderEvery(), random), options.couriers() > 0 ? CARRIER : null));
        }
        List<Courier> couriers = new ArrayList<>();
        for (int n = 1; n <= options.couriers(); n++) {
            String name = CARRIER + "-courier-" + n;
            StaffToken token = new StaffToken(StaffToken.keycloak(http, realmUrl), COURIER_APP,
                    () -> clientSecret.apply(COURIER_APP), name, () -> read(passwordFile), Clock.systemUTC());
            couriers.add(new Courier(new CourierApi(http, options.partnerBase(), name, token), DEPOT,
                    options.speedUp(), options.courierFailures(), random));
        }
        Keypads keypads = new Keypads(lockers);
        ReturnRequests returns = new ReturnRequests(apis, new ReturnChoice(random));
        Demo demo = new Demo(List.copyOf(lockers), activities, new Customers(visits, keypads, apis, returns), returns,
                keypads, mailSink(options), doorOpen, couriers);
        demo.loop.execute(demo::begin);
        demo.loop.scheduleWithFixedDelay(demo::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        LOG.log(Level.INFO, "demo: retailers {0} as their managers at {1}; a new order and a deposit about every {2} s "
                        + "each; customers come {3} after their mail: {4}", String.join(", ", options.retailers()),
                options.partnerBase(), String.valueOf(options.orderEvery().toSeconds()), options.customerDelay(),
                demo.mail == null ? "none (no customer comes for a parcel)" : demo.mail.where());
        return demo;
    }

    private static MailSink mailSink(DemoOptions options) {
        if (options.smtpPort() == 0) {
            return null;
        }
        try {
            return MailSink.start(options.smtpPort(), options.mailDir());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "demo: no mail server on 127.0.0.1:{0} ({1}); no customer comes for a parcel",
                    String.valueOf(options.smtpPort()), e.toString());
            return null;
        }
    }

    /** Before the first turn: the lockers' welcome (deposits need them online), and the codes of kept mails. */
    private void begin() {
        try {
            awaitWelcomes();
            if (mail != null && !Thread.currentThread().isInterrupted()) {
                Instant now = clock.instant();
                customers.readKept(mail.kept(now.minus(KEPT_MAIL_AGE)), now);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demo: the kept mails are not read ({0}); going on", e.toString());
        }
    }

    private void awaitWelcomes() {
        Instant deadline = clock.instant().plus(WELCOME_PATIENCE);
        for (SimulatedLocker locker : lockers) {
            Duration left = Duration.between(clock.instant(), deadline);
            boolean welcomed = locker.awaitWelcome(left.isNegative() ? Duration.ZERO : left);
            if (Thread.currentThread().isInterrupted()) {
                return; // stopping
            }
            if (!welcomed) {
                LOG.log(Level.WARNING, "demo: {0} is not welcomed yet; seeding anyway", locker.lockerId());
            }
        }
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            if (mail != null) {
                customers.read(mail.take(), now);
            }
            for (RetailerActivity activity : activities) {
                try {
                    activity.tick(now);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "demo: {0}: {1}; trying again at its next turn", activity.retailer(),
                            e.toString());
                }
            }
            customers.visit(now);
            returns.tick(now);
            for (Courier courier : couriers) {
                try {
                    courier.tick(now);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "demo: courier {0}: {1}; going on at the next turn", courier.name(),
                            e.toString());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demo: {0}; going on", e.toString());
        }
    }

    @Override
    public void close() {
        loop.shutdownNow();
        try {
            if (!loop.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "demo: its last step did not end within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        keypads.awaitDoorsClosed(doorOpen.plus(DOOR_SLACK));
        if (mail != null) {
            mail.close();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("no demo password in " + file + " (--demo-password-file)", e);
        }
    }
}
