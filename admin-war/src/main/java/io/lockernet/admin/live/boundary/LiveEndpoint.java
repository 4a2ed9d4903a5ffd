package io.lockernet.admin.live.boundary;

import io.lockernet.admin.live.control.LiveSessions;
import io.lockernet.admin.live.control.Reach;
import io.lockernet.api.oidc.TokenClaims;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The operators' live channel, {@code /admin/live}: pushes JSON objects, one per event, of what the operator may read
 * ({@link Reach}): {@code {"type":"link","locker":…,"online":…}}, {@code {"type":"compartment","locker":…,
 * "compartment":…,"state":…}} and {@code {"type":"operator-alarm","locker":…|null,"compartment":…|null,"alarm":…,
 * "id":…}}; the first message is {@code {"type":"listening","wholeFleet":…,"lockers":[…],"alarms":…}}. The upgrade is
 * authenticated like every request of the panel (the browser's session, an operator role); a session the Core will
 * not describe is closed with 4403, as is one a page of another origin asked for (a browser would send the operator's
 * cookie with it), and with 1013 when the Core could not be asked (the page tries again). The channel only pushes: a
 * text from the client is answered with close code 1003. It ends with 4401 when the token it was opened with expires,
 * and with 1008 when the browser's session ends (signed out, timed out; {@link LiveSessions}).
 */
@ServerEndpoint(value = "/live", configurator = LiveHandshake.class)
public class LiveEndpoint {

    /** Close code of a channel refused to a caller who is not an operator or to a page of another origin. */
    static final int REFUSED = 4403;

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(LiveEndpoint.class.getName());

    @Inject
    LiveSessions sessions;

    @OnOpen
    public void open(Session session) throws IOException {
        Map<String, Object> properties = session.getUserProperties();
        Object foreign = properties.get(LiveHandshake.FOREIGN_ORIGIN);
        if (foreign != null) {
            LOG.warning(() -> "refused the live channel to a page of " + foreign);
            end(session, REFUSED, "the live channel is for pages of this server only");
            return;
        }
        Object refused = properties.get(LiveHandshake.CORE_REFUSED);
        if (refused != null && !Integer.valueOf(403).equals(refused)) {
            end(session, CloseReason.CloseCodes.TRY_AGAIN_LATER.getCode(), "the Core cannot say now what you see");
            return;
        }
        Instant expiresAt = expiry(session);
        if (!(properties.get(LiveHandshake.REACH) instanceof Reach reach) || expiresAt == null) {
            end(session, REFUSED, "not an operator");
            return;
        }
        sessions.joined(session, reach, expiresAt, (String) properties.get(LiveHandshake.HTTP_SESSION));
        session.getAsyncRemote().sendText(JSON.createObjectBuilder().add("type", "listening")
                .add("wholeFleet", reach.wholeFleet())
                .add("lockers", JSON.createArrayBuilder(reach.lockers().stream().sorted().toList()))
                .add("alarms", reach.alarms()).build().toString());
    }

    @OnMessage
    public void message(Session session, String text) throws IOException {
        end(session, CloseReason.CloseCodes.CANNOT_ACCEPT.getCode(), "this channel only pushes");
    }

    @OnClose
    public void close(Session session) {
        sessions.left(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        sessions.left(session);
        LOG.fine(() -> "live channel error: " + error);
    }

    /** When the token the upgrade came with expires; null for a caller not signed in through OIDC. */
    private static Instant expiry(Session session) {
        try {
            return session.getUserPrincipal() == null ? null
                    : TokenClaims.of(session.getUserPrincipal()).expiresAt().orElse(Instant.now());
        } catch (TokenClaims.NotSignedInException e) {
            return null;
        }
    }

    private static void end(Session session, int code, String reason) throws IOException {
        session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
    }
}
