package io.lockernet.shepherd.link.control;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.api.protocol.Ping;
import io.lockernet.shepherd.platform.CoreEvents;
import io.lockernet.shepherd.platform.ShepherdConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletContext;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.json.spi.JsonProvider;

/**
 * Measures every link instead of guessing: pings each connected locker every {@code lockernet.shepherd.ping-seconds}
 * (default 30), records the round trips (HdrHistogram), and closes a link that stayed silent for two intervals, so
 * that the Core learns the locker is offline when it is, not when TCP gives up minutes later. On the same beat it
 * ends links whose token expired without a {@code reauth}. Every {@code lockernet.shepherd.link-report-seconds}
 * (default 300) it sends the Core each locker's round-trip percentiles over its latest pings (history tier).
 * <p>
 * The pings are spread over the interval: every second the lockers whose turn it is (by their id's hash, so about
 * one in {@code ping-seconds}) are checked and pinged, and a ping is sent without waiting for it to be written, so
 * one slow connection does not hold up the others and ten thousand lockers are not all pinged in the same instant.
 */
@ApplicationScoped
public class LinkHealth {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(LinkHealth.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    LockerSessions sessions;

    @Inject
    ShepherdConfig config;

    @Inject
    @ConfigProperty(name = "lockernet.shepherd.ping-seconds", defaultValue = "30")
    long pingSeconds;

    @Inject
    @ConfigProperty(name = "lockernet.shepherd.link-report-seconds", defaultValue = "300")
    long reportSeconds;

    @Inject
    CoreEvents core;

    /** How long a locker waits for its welcome (the Core recording its hello) before its link is ended with 4503. */
    @Inject
    @ConfigProperty(name = "lockernet.shepherd.welcome-timeout-seconds", defaultValue = "20")
    long welcomeTimeoutSeconds;

    /** Lockers per link-stats message: keeps each message small however many lockers are connected. */
    private static final int REPORT_CHUNK = 1_000;

    private final Recorder roundTrips = new Recorder(3);
    private Histogram total = new Histogram(3);
    private ScheduledFuture<?> pinging;
    private long ticks;
    private ScheduledFuture<?> reporting;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        pinging = scheduler.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        reporting = scheduler.scheduleAtFixedRate(this::reportQuietly, reportSeconds, reportSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (pinging != null) {
            pinging.cancel(false);
        }
        if (reporting != null) {
            reporting.cancel(false);
        }
    }

    /** Sends the Core the round trips of every link that answered a ping since the last report. */
    void report() {
        List<String> lines = new ArrayList<>();
        for (Session session : sessions.all()) {
            String locker = (String) session.getUserProperties().get(LockerSessions.LOCKER);
            Link.of(session).roundTripsSinceReport().ifPresent(rt -> lines.add(JSON.createObjectBuilder()
                    .add("locker", locker).add("samples", rt.samples()).add("p50Ms", rt.p50Ms())
                    .add("p99Ms", rt.p99Ms()).add("maxMs", rt.maxMs()).build().toString()));
            if (lines.size() == REPORT_CHUNK) {
                core.linkStats(lines);
                lines.clear();
            }
        }
        if (!lines.isEmpty()) {
            core.linkStats(lines);
        }
    }

    private void reportQuietly() {
        try {
            report();
        } catch (RuntimeException e) {
            LOG.warning(() -> "cannot send link statistics to the Core now: " + e);
        }
    }

    /** A frame arrived from the locker: its link is alive. */
    public void heard(Session session) {
        Link.of(session).heard(System.nanoTime());
    }

    public void ponged(Session session, String nonce) {
        long roundTrip = Link.of(session).ponged(nonce, System.nanoTime());
        if (roundTrip >= 0) {
            roundTrips.recordValue(TimeUnit.NANOSECONDS.toMicros(roundTrip));
        }
    }

    /** Round trips of all pings answered on this instance so far, in microseconds. */
    public synchronized Histogram roundTripsMicros() {
        total.add(roundTrips.getIntervalHistogram());
        return total.copy();
    }

    /** Checks and pings the lockers whose turn it is this second. */
    void tick() {
        long turn = ticks++ % pingSeconds;
        for (Session session : sessions.all()) {
            String locker = (String) session.getUserProperties().get(LockerSessions.LOCKER);
            if (locker != null && Math.floorMod(locker.hashCode(), pingSeconds) == turn) {
                try {
                    check(session, locker);
                } catch (RuntimeException e) {
                    LOG.warning(() -> "cannot check the link of " + locker + ": " + e);
                }
            }
        }
    }

    private void check(Session session, String locker) {
        long now = System.nanoTime();
        Link link = Link.of(session);
        Optional<String> expired = LockerSessions.expiredToken(session, Instant.now());
        Instant helloAt = (Instant) session.getUserProperties().get(LockerSessions.AWAITING_WELCOME);
        if (expired.isPresent()) {
            close(session, CloseCodes.UNAUTHENTICATED, expired.get());
        } else if (helloAt != null && Instant.now().isAfter(helloAt.plusSeconds(welcomeTimeoutSeconds))) {
            // the hello was lost on its way through the Core (or its welcome on the way back): a locker that is
            // never welcomed never replays what it kept, so it is sent away to try again, here or at its fallback
            LOG.warning(() -> "no welcome for " + locker + " within " + welcomeTimeoutSeconds + " s; closing its link");
            close(session, CloseCodes.TRY_LATER, "the Core did not take the hello in time; reconnect later");
        } else if (link.silentNanos(now) > TimeUnit.SECONDS.toNanos(2 * pingSeconds)) {
            LOG.info(() -> "closing the silent link of " + locker + " on " + config.instance());
            close(session, CloseCodes.LINK_TIMEOUT, "nothing heard for " + 2 * pingSeconds + " s");
        } else {
            sessions.sendWithoutWaiting(session,
                    new Ping(locker, sessions.nextSeq(session), Instant.now(), link.pinged(now)));
        }
    }

    private static void close(Session session, int code, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException e) {
            LOG.fine(() -> "closing a silent link failed: " + e);
        }
    }
}
