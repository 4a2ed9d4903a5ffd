package io.lockernet.shepherd.link.control;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.api.protocol.Ping;
import io.lockernet.shepherd.platform.ShepherdConfig;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Measures every link instead of guessing: pings each connected locker every {@code lockernet.shepherd.ping-seconds}
 * (default 30), records the round trips (HdrHistogram), and closes a link that stayed silent for two intervals, so
 * that the Core learns the locker is offline when it is, not when TCP gives up minutes later. On the same beat it
 * ends links whose token expired without a {@code reauth}.
 */
@ApplicationScoped
public class LinkHealth {

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

    private final Recorder roundTrips = new Recorder(3);
    private Histogram total = new Histogram(3);
    private ScheduledFuture<?> pinging;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        pinging = scheduler.scheduleAtFixedRate(this::pingAll, pingSeconds, pingSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (pinging != null) {
            pinging.cancel(false);
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

    void pingAll() {
        long deadNanos = TimeUnit.SECONDS.toNanos(2 * pingSeconds);
        for (Session session : sessions.all()) {
            long now = System.nanoTime();
            Link link = Link.of(session);
            Instant expires = (Instant) session.getUserProperties().get(LockerSessions.TOKEN_EXPIRES);
            if (expires != null && Instant.now().isAfter(expires)) {
                close(session, CloseCodes.UNAUTHENTICATED, "token expired at " + expires + "; send reauth before expiry");
            } else if (link.silentNanos(now) > deadNanos) {
                LOG.info(() -> "closing a silent link on " + config.instance());
                close(session, CloseCodes.LINK_TIMEOUT, "nothing heard for " + 2 * pingSeconds + " s");
            } else {
                ping(session, link.pinged(now));
            }
        }
    }

    private void ping(Session session, String nonce) {
        String locker = (String) session.getUserProperties().get(LockerSessions.LOCKER);
        try {
            sessions.send(session, new Ping(locker, sessions.nextSeq(session), Instant.now(), nonce));
        } catch (IOException | RuntimeException e) {
            LOG.fine(() -> "ping to " + locker + " failed: " + e);
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
