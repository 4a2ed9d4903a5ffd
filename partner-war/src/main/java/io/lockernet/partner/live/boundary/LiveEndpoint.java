package io.lockernet.partner.live.boundary;

import io.lockernet.api.oidc.TokenClaims;
import io.lockernet.partner.live.control.LiveSessions;
import io.lockernet.partner.platform.OwnLockers;
import io.lockernet.partner.platform.PartnerConfig;
import io.lockernet.partner.platform.StoreScope;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Logger;
import jakarta.json.spi.JsonProvider;

/**
 * The staff's live channel, {@code /partner-ID/live}: pushes JSON objects, one per event, for the lockers at the stores
 * the member of staff serves ({@link StoreScope}):
 * {@code {"type":"alarm","alarm":"PERSON_INSIDE","locker":…,"compartment":…,"detail":…}} and
 * {@code {"type":"compartment","locker":…,"compartment":…,"state":…}}; the first message is
 * {@code {"type":"listening","retailer":…,"lockers":[…]}}. The upgrade is authenticated like every request of this
 * deployment (session or bearer token, role store-employee or store-manager, and RetailerScopeFilter: a member of
 * another retailer's staff gets 403); should the upgrade ever bypass the filter, such a session is closed with 4403, as
 * is one a page of another origin asked for (a browser would send the staff's cookie with it). The
 * channel only pushes: a text from the client is answered with close code 1003. It ends with 4401 when the token it
 * was opened with expires, and with 1008 when the browser's session ends (signed out, timed out; {@link
 * LiveSessions}).
 */
@ServerEndpoint(value = "/live", configurator = LiveHandshake.class)
public class LiveEndpoint {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(LiveEndpoint.class.getName());

    @Inject
    LiveSessions sessions;

    @Inject
    OwnLockers lockers;

    @Inject
    PartnerConfig config;

    @OnOpen
    public void open(Session session) throws IOException {
        // the container authenticated the upgrade; the retailer group says for whom (as RetailerScopeFilter does)
        TokenClaims claims = session.getUserPrincipal() == null ? null
                : TokenClaims.of(session.getUserPrincipal());
        Object foreign = session.getUserProperties().get(LiveHandshake.FOREIGN_ORIGIN);
        if (foreign != null) {
            LOG.warning(() -> "refused the live channel to a page of " + foreign);
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(4403),
                    "the live channel is for pages of this server only"));
            return;
        }
        if (claims == null || !(claims.retailers().contains(config.retailer())
                || claims.storeRetailers().contains(config.retailer()))) {
            LOG.warning(() -> "refused the live channel of " + config.retailer() + " to "
                    + (claims == null ? "nobody" : claims.username()) + ": not of this retailer's staff");
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(4403),
                    "not a member of staff of retailer " + config.retailer()));
            return;
        }
        StoreScope scope = StoreScope.of(claims, config.retailer());
        sessions.joined(session, scope, claims.expiresAt().orElse(Instant.now()),
                (String) session.getUserProperties().get(LiveHandshake.HTTP_SESSION));
        session.getAsyncRemote().sendText(JSON.createObjectBuilder().add("type", "listening")
                .add("retailer", config.retailer())
                .add("lockers", JSON.createArrayBuilder(lockers.all().stream()
                        .filter(l -> scope.reachesLocker(l, lockers)).sorted().toList())).build().toString());
    }

    @OnMessage
    public void message(Session session, String text) throws IOException {
        session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "this channel only pushes"));
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
}
