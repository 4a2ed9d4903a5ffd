package io.lockernet.shepherd.link.boundary;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.api.protocol.CodeEntry;
import io.lockernet.api.protocol.Hello;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MalformedMessageException;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.api.protocol.MessageType;
import io.lockernet.api.protocol.Ping;
import io.lockernet.api.protocol.Pong;
import io.lockernet.api.protocol.Reauth;
import io.lockernet.api.protocol.Reauthenticated;
import io.lockernet.shepherd.link.control.Admission;
import io.lockernet.shepherd.link.control.ClockCorrection;
import io.lockernet.shepherd.link.control.FrameBudget;
import io.lockernet.shepherd.link.control.Keypads;
import io.lockernet.shepherd.link.control.LinkHealth;
import io.lockernet.shepherd.link.control.LockerIdentity;
import io.lockernet.shepherd.link.control.LockerSessions;
import io.lockernet.shepherd.link.control.RefusalException;
import io.lockernet.shepherd.platform.CoreEvents;
import io.lockernet.shepherd.platform.CoreUnavailableException;
import io.lockernet.shepherd.platform.ShepherdConfig;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The lockers' WebSocket endpoint ({@code /shepherd-N/lockers}). Admits a locker with a valid token that is assigned
 * here and not yet connected, then passes its frames to the Core. Every refusal is a close code with a reason (see
 * {@code docs/locker-protocol.md}); one misbehaving locker is closed without touching the others.
 */
@ServerEndpoint(value = "/lockers", configurator = LockerHandshake.class)
public class LockerEndpoint {

    static final int MAX_FRAME_BYTES = 16 * 1024;
    private static final Logger LOG = Logger.getLogger(LockerEndpoint.class.getName());
    private static final String LOCKER = LockerSessions.LOCKER;
    private static final String GREETED = "lockernet.greeted";
    /** Set when this side closes: frames still in flight are ignored, not answered or alarmed again. */
    private static final String CLOSING = "lockernet.closing";

    @Inject
    Admission admission;

    @Inject
    LockerSessions sessions;

    @Inject
    LinkHealth links;

    @Inject
    FrameBudget budget;

    @Inject
    CoreEvents core;

    @Inject
    ShepherdConfig config;

    @Inject
    Keypads keypad;

    @Inject
    LockerRefusals refusals;

    /** How far a locker's clock may be off before the operators hear of it ({@code lockernet.shepherd.max-clock-skew-seconds}). */
    @Inject
    @ConfigProperty(name = "lockernet.shepherd.max-clock-skew-seconds", defaultValue = "5")
    long maxClockSkewSeconds;

    @OnOpen
    public void open(Session session) {
        try {
            if (session.getUserProperties().containsKey(LockerHandshake.SEVERAL_CREDENTIALS)) {
                throw new RefusalException(CloseCodes.UNAUTHENTICATED, "send one Authorization header");
            }
            LockerIdentity identity = admission.admit((String) session.getUserProperties().get(LockerHandshake.TOKEN));
            if (!sessions.register(identity.locker(), session)) {
                String reason = "locker " + identity.locker() + " already has a live connection to " + config.instance();
                core.alarm(identity.locker(), "DUPLICATE_CONNECTION", "refused a second connection: " + reason);
                throw new RefusalException(CloseCodes.DUPLICATE, reason);
            }
            session.getUserProperties().put(LOCKER, identity.locker());
            session.getUserProperties().put(LockerSessions.TOKEN_EXPIRES, identity.expiresAt());
            session.setMaxTextMessageBufferSize(MAX_FRAME_BYTES);
            core.link(identity.locker(), true);
            LOG.info(() -> "locker " + identity.locker() + " connected to " + config.instance());
        } catch (RefusalException e) {
            LOG.info(() -> "refused a connection to " + config.instance() + ": " + e.code() + " " + e.getMessage());
            close(session, e.code(), e.getMessage());
            if (e.code() == CloseCodes.UNAUTHENTICATED) {
                refusals.unauthenticated(e.getMessage());
            }
        } catch (CoreUnavailableException e) {
            LOG.warning(() -> "refused a connection to " + config.instance() + " for now: " + e.getMessage());
            close(session, CloseCodes.TRY_LATER, "the Core cannot be told now; reconnect later");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot admit a locker to " + config.instance(), e);
            close(session, CloseReason.CloseCodes.UNEXPECTED_CONDITION.getCode(), "internal error; retry later");
        }
    }

    @OnMessage(maxMessageSize = MAX_FRAME_BYTES)
    public void frame(Session session, String text) {
        String locker = (String) session.getUserProperties().get(LOCKER);
        if (locker == null || session.getUserProperties().containsKey(CLOSING)) {
            return; // refused or being closed; the close is under way
        }
        Optional<String> expired = LockerSessions.expiredToken(session, Instant.now());
        if (expired.isPresent()) {
            close(session, CloseCodes.UNAUTHENTICATED, expired.get());
            return;
        }
        links.heard(session);
        if (utf8Length(text) > MAX_FRAME_BYTES) {
            // the container hands over longer frames whatever the annotation says (PLATFORM.md); the protocol does not
            close(session, CloseReason.CloseCodes.TOO_BIG.getCode(), "frame too big: at most " + MAX_FRAME_BYTES + " bytes");
            return;
        }
        if (!budget.allows(session)) {
            close(session, CloseCodes.FLOODING, "too many frames: at most " + budget.perSecond() + " a second");
            try {
                core.alarm(locker, "FLOODING", "cut off: more than " + budget.perSecond() + " frames a second on "
                        + config.instance());
            } catch (CoreUnavailableException e) {
                LOG.warning(() -> "cut off flooding locker " + locker + " but cannot raise the alarm now: "
                        + e.getMessage());
            }
            return;
        }
        try {
            LockerMessage message = MessageCodec.read(text);
            if (!locker.equals(message.locker())) {
                String reason = "this connection speaks for " + locker + ", not for " + message.locker();
                core.alarm(locker, "IMPERSONATION", reason);
                throw new RefusalException(CloseCodes.FORBIDDEN, reason);
            }
            handle(session, locker, message);
        } catch (MalformedMessageException e) {
            close(session, CloseCodes.MALFORMED, "malformed frame: " + e.getMessage());
        } catch (RefusalException e) {
            close(session, e.code(), e.getMessage());
        } catch (CoreUnavailableException e) {
            LOG.warning(() -> "closing " + locker + " for now: " + e.getMessage());
            close(session, CloseCodes.TRY_LATER, "the Shepherd cannot pass frames to the Core now; reconnect later");
        }
    }

    private void handle(Session session, String locker, LockerMessage message) {
        boolean greeted = session.getUserProperties().containsKey(GREETED);
        if (message instanceof Hello hello) {
            // the welcome comes once the Core has recorded the hello (CommandListener), not before: then it can be opened
            session.getUserProperties().put(GREETED, Boolean.TRUE);
            if (hello.acks()) {
                session.getUserProperties().put(LockerSessions.ACKS, Boolean.TRUE);
            }
            session.getUserProperties().put(LockerSessions.AWAITING_WELCOME, Instant.now());
            core.hello(hello, session.getId());
            checkClock(session, locker, hello, Instant.now());
        } else if (message instanceof Ping ping) {
            reply(session, new Pong(locker, sessions.nextSeq(session), Instant.now(), ping.nonce()));
        } else if (message instanceof Pong pong) {
            links.ponged(session, pong.nonce());
        } else if (message instanceof Reauth reauth) {
            reauthenticate(session, locker, reauth);
        } else if (message instanceof CodeEntry entry && greeted) {
            keypad.check(session, entry);
        } else {
            if (!greeted) {
                throw new RefusalException(CloseCodes.MALFORMED, "hello expected first, got " + message.type());
            }
            if (!fromLocker(message)) {
                throw new RefusalException(CloseCodes.MALFORMED, "lockers do not send " + message.type());
            }
            long seq = message.seq();
            core.device(ClockCorrection.corrected(message, LockerSessions.clockOffset(session)),
                    LockerSessions.acknowledged(session) ? () -> sessions.acknowledge(session, locker, seq) : null);
        }
    }

    /** A fresh token on the open link: it must be valid and name the same locker; the link then lasts until it expires. */
    private void reauthenticate(Session session, String locker, Reauth reauth) {
        LockerIdentity identity = admission.identify(reauth.token());
        if (!identity.locker().equals(locker)) {
            String reason = "re-authentication of " + locker + " with a token of " + identity.locker();
            core.alarm(locker, "IMPERSONATION", reason);
            throw new RefusalException(CloseCodes.FORBIDDEN, reason);
        }
        session.getUserProperties().put(LockerSessions.TOKEN_EXPIRES, identity.expiresAt());
        reply(session, new Reauthenticated(locker, sessions.nextSeq(session), Instant.now(), identity.expiresAt()));
    }

    private static boolean fromLocker(LockerMessage message) {
        return !MessageType.of(message).sentByShepherdOnly();
    }

    /**
     * A locker whose clock is off judges command deadlines wrongly (ahead: good commands expire; behind: late ones
     * still fire), so it is welcomed but reported to the operators; meanwhile its events on this connection are dated
     * by our clock (the offset seen now is taken off their {@code ts}).
     */
    private void checkClock(Session session, String locker, Hello hello, Instant now) {
        Duration skew = Duration.between(now, hello.ts());
        long skewMillis = skew.toMillis();
        if (Math.abs(skewMillis) > maxClockSkewSeconds * 1000) {
            session.getUserProperties().put(LockerSessions.CLOCK_OFFSET, skew);
            core.alarm(locker, "CLOCK_SKEW", "clock " + Math.abs(skewMillis) / 1000.0 + " s "
                    + (skewMillis > 0 ? "ahead" : "behind") + " at hello; more than " + maxClockSkewSeconds
                    + " s makes it judge command deadlines wrongly (set up NTP); its events are dated by the "
                    + "Shepherd's clock meanwhile");
        }
    }

    @OnClose
    public void closed(Session session, CloseReason reason) {
        String locker = (String) session.getUserProperties().get(LOCKER);
        if (locker != null && sessions.remove(locker, session)) {
            try {
                core.link(locker, false);
            } catch (CoreUnavailableException e) {
                LOG.warning(() -> "cannot tell the Core that " + locker + " left: " + e.getMessage());
            }
            LOG.info(() -> "locker " + locker + " left " + config.instance() + ": " + reason.getCloseCode().getCode()
                    + " " + reason.getReasonPhrase());
        }
    }

    @OnError
    public void error(Session session, Throwable error) {
        LOG.log(Level.WARNING, "error on the connection of locker " + session.getUserProperties().get(LOCKER), error);
    }

    private void reply(Session session, LockerMessage message) {
        try {
            sessions.send(session, message);
        } catch (IOException e) {
            LOG.fine(() -> "cannot answer locker: " + e.getMessage());
        }
    }

    /** Closes with a code and a reason; the reason is cut to the 123 bytes a close frame allows. */
    static void close(Session session, int code, String reason) {
        session.getUserProperties().put(CLOSING, Boolean.TRUE);
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), fit(reason)));
        } catch (IOException e) {
            LOG.fine(() -> "close failed: " + e.getMessage());
        }
    }

    /** The frame's size on the wire, counted only when its characters alone do not settle it. */
    static int utf8Length(String text) {
        if (text.length() > MAX_FRAME_BYTES) {
            return text.length();
        }
        return text.length() * 3 <= MAX_FRAME_BYTES ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
    }

    static String fit(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 123) {
            return reason;
        }
        String cut = new String(bytes, 0, 120, StandardCharsets.UTF_8);
        return cut.substring(0, cut.length() - 1) + "...";
    }
}
