package io.lockernet.partner.live.control;

import io.lockernet.partner.platform.StoreScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The staff connected to the live channel of this deployment. A channel lasts no longer than what let it in: it is
 * closed with 4401 when the token it was opened with expires (the staff app reconnects at once, and its session, if
 * still signed in, lets it in again with a fresh token; a bearer client needs a fresh token of its own), and with 1008
 * when the browser's HTTP session ends (signed out, timed out).
 */
@ApplicationScoped
public class LiveSessions {

    /** Close code of a channel whose token expired. */
    public static final int TOKEN_EXPIRED = 4401;
    /** Close code of a channel whose HTTP session ended (the code the container uses for it too). */
    public static final int SESSION_ENDED = CloseReason.CloseCodes.VIOLATED_POLICY.getCode();

    private static final Logger LOG = Logger.getLogger(LiveSessions.class.getName());

    /**
     * Each live session, with the stores it hears of, the HTTP session it came through (none for a bearer client) and
     * its expiry's timer.
     */
    private record Listener(StoreScope scope, String httpSession, ScheduledFuture<?> expiry) {
    }

    private final Map<Session, Listener> sessions = new ConcurrentHashMap<>();

    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * A member of staff of the stores in {@code scope} joined with a token that expires at {@code expiresAt}, through an
     * HTTP session or none.
     */
    public void joined(Session session, StoreScope scope, Instant expiresAt, String httpSession) {
        // 2 s after the expiry: the server still takes a token for its last second (whole seconds), and the staff app
        // reconnects at once; closing on the dot would let it in again with the same token, in a loop
        long millis = Math.max(0, Duration.between(Instant.now(), expiresAt.plusSeconds(2)).toMillis());
        // listening first, its expiry after: a token expired already is ended at once, on the scheduler's thread, and
        // that end must find the channel to take it out (scheduled first, it could run before the channel was in)
        sessions.put(session, new Listener(scope, httpSession, null));
        ScheduledFuture<?> expiry = scheduler.schedule(() -> end(session, TOKEN_EXPIRED,
                "token expired; reconnect to sign in again"), millis, TimeUnit.MILLISECONDS);
        if (sessions.computeIfPresent(session, (key, joined) -> new Listener(joined.scope(), joined.httpSession(),
                expiry)) == null) {
            expiry.cancel(false); // it ended meanwhile
        }
    }

    public void left(Session session) {
        Listener listener = sessions.remove(session);
        if (listener != null && listener.expiry() != null) {
            listener.expiry().cancel(false);
        }
    }

    /** The HTTP session ended: every live channel that came through it ends too. */
    public void httpSessionEnded(String httpSession) {
        sessions.forEach((session, listener) -> {
            if (httpSession.equals(listener.httpSession())) {
                end(session, SESSION_ENDED, "signed out");
            }
        });
    }

    /**
     * Sends the text to everyone listening who serves the store (of the locker the news is about); a slow or broken
     * session delays or stops no one else.
     */
    public void push(String store, String json) {
        for (var listening : sessions.entrySet()) {
            Session session = listening.getKey();
            if (!listening.getValue().scope().reaches(store)) {
                continue;
            }
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(json, result -> {
                    if (!result.isOK()) {
                        LOG.fine(() -> "a live push failed: " + result.getException());
                    }
                });
            } else {
                left(session);
            }
        }
    }

    public int listening() {
        return sessions.size();
    }

    private void end(Session session, int code, String reason) {
        left(session);
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException e) {
            LOG.fine(() -> "closing a live channel failed: " + e);
        }
    }
}
