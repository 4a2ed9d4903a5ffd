package io.lockernet.shepherd.link.control;

import io.lockernet.api.protocol.Ack;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MessageCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The live connection of each locker on this instance: at most one per locker. Sending is serialised per session,
 * because a session's basic remote must not be used by two threads at once.
 */
@ApplicationScoped
public class LockerSessions {

    private static final Logger LOG = Logger.getLogger(LockerSessions.class.getName());

    /** Session property: the locker the session was admitted for. */
    public static final String LOCKER = "lockernet.locker";
    /** Session property: when the token the locker last presented expires (an {@code Instant}). */
    public static final String TOKEN_EXPIRES = "lockernet.token-expires";
    /** Session property: when the locker's {@code hello} was passed to the Core (an {@code Instant}), until welcomed. */
    public static final String AWAITING_WELCOME = "lockernet.awaiting-welcome";
    /**
     * Session property: how far the locker's clock was off at hello (a {@code Duration}, its clock minus ours), when
     * more than the allowed skew; its events are dated by our clock ({@link ClockCorrection}).
     */
    public static final String CLOCK_OFFSET = "lockernet.clock-offset";
    /** Session property, v1.1: present when the locker asked in its hello for an {@code ack} per event. */
    public static final String ACKS = "lockernet.acks";
    private static final String SEQ = "lockernet.seq";

    private final Map<String, Session> byLocker = new ConcurrentHashMap<>();

    /** False when the locker already has a live connection here. */
    public boolean register(String locker, Session session) {
        session.getUserProperties().put(SEQ, new AtomicLong());
        return byLocker.putIfAbsent(locker, session) == null;
    }

    /** Removes the locker's session if it is this one; true when it was. */
    public boolean remove(String locker, Session session) {
        return byLocker.remove(locker, session);
    }

    public Collection<Session> all() {
        return List.copyOf(byLocker.values());
    }

    public Optional<Session> of(String locker) {
        return Optional.ofNullable(byLocker.get(locker)).filter(Session::isOpen);
    }

    public int connected() {
        return byLocker.size();
    }

    /**
     * Why the session may not go on, if the token its locker last presented has expired: checked on every frame and
     * on every ping round, so that an expired token buys nothing, not even one frame.
     */
    public static Optional<String> expiredToken(Session session, Instant now) {
        Instant expires = (Instant) session.getUserProperties().get(TOKEN_EXPIRES);
        return expires != null && now.isAfter(expires)
                ? Optional.of("token expired at " + expires + "; send reauth before expiry")
                : Optional.empty();
    }

    /** The offset to take off the locker's event times on this connection (zero when its clock was right). */
    public static Duration clockOffset(Session session) {
        Object offset = session.getUserProperties().get(CLOCK_OFFSET);
        return offset instanceof Duration d ? d : Duration.ZERO;
    }

    public static boolean acknowledged(Session session) {
        return session.getUserProperties().containsKey(ACKS);
    }

    /**
     * Tells the locker (v1.1) that the Core's broker has its frame {@code seq}; nothing when the connection has
     * ended meanwhile (the locker sends the frame again on its next connection, and the Core records it once).
     */
    public void acknowledge(Session session, String locker, long seq) {
        if (session.isOpen()) {
            sendWithoutWaiting(session, new Ack(locker, nextSeq(session), Instant.now(), List.of(seq)));
        }
    }

    /** The next sequence number of this Shepherd's frames on a session. */
    public long nextSeq(Session session) {
        return ((AtomicLong) session.getUserProperties().get(SEQ)).incrementAndGet();
    }

    /**
     * Queues the frame for sending and returns at once; a failure is only logged (for pings: a link that cannot be
     * written to falls silent and is closed on its own). Undertow takes whole-message sends from several threads.
     */
    public void sendWithoutWaiting(Session session, LockerMessage message) {
        session.getAsyncRemote().sendText(MessageCodec.write(message), result -> {
            if (!result.isOK()) {
                LOG.fine(() -> "sending " + message.type() + " to " + message.locker() + " failed: "
                        + result.getException());
            }
        });
    }

    public void send(Session session, LockerMessage message) throws IOException {
        String text = MessageCodec.write(message);
        synchronized (session) {
            session.getBasicRemote().sendText(text);
        }
    }
}
