package io.lockernet.admin.live.boundary;

import io.lockernet.admin.live.control.Reach;
import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.api.core.FleetLockerView;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Asks the Core, as the signed-in operator and while the upgrade request still carries their session, what they may
 * hear of ({@link Reach}: {@code GET /operator/me}, and {@code GET /operator/lockers} for an operator of regions). Notes
 * the HTTP session the upgrade came with, so that the live channel ends when that session does, and an upgrade a page
 * of another origin asked for: a browser sends the operator's session cookie with it, so any page on the same site
 * could otherwise listen in on the fleet. The Core is not asked for such an upgrade.
 */
public class LiveHandshake extends ServerEndpointConfig.Configurator {

    /** User property of a live session: the id of the HTTP session it belongs to, if any. */
    static final String HTTP_SESSION = "lockernet.http-session";
    /** User property of a live session asked for by a page of another origin: that origin. */
    static final String FOREIGN_ORIGIN = "lockernet.foreign-origin";
    /** User property of a live session: what the operator may hear of, as the Core said. */
    static final String REACH = "lockernet.reach";
    /** User property of a live session the Core refused to describe: its status (0: it could not be reached). */
    static final String CORE_REFUSED = "lockernet.core-refused";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        // a configuration of this connection alone (Undertow copies it per handshake); cleared all the same
        Map<String, Object> properties = config.getUserProperties();
        List.of(HTTP_SESSION, FOREIGN_ORIGIN, REACH, CORE_REFUSED).forEach(properties::remove);
        if (request.getHttpSession() instanceof HttpSession http) {
            properties.put(HTTP_SESSION, http.getId());
        }
        String origin = first(request, "Origin");
        if (origin != null && !sameOrigin(origin, first(request, "Host"))) {
            properties.put(FOREIGN_ORIGIN, origin);
            return;
        }
        if (request.getUserPrincipal() == null) {
            return;
        }
        try {
            // the handshake runs inside the upgrade request, whose principal OperatorApi forwards the token of
            OperatorApi core = CDI.current().select(OperatorApi.class).get();
            properties.put(REACH, Reach.of(core.me(), () -> core.lockers().stream().map(FleetLockerView::id)
                    .collect(Collectors.toSet())));
        } catch (CoreRefusal refused) {
            properties.put(CORE_REFUSED, refused.status());
        }
    }

    /** A page of this server: its origin is this scheme-less host and port (non-browser clients send no Origin). */
    static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        String lower = origin.toLowerCase(Locale.ROOT);
        return lower.equals("http://" + host.toLowerCase(Locale.ROOT))
                || lower.equals("https://" + host.toLowerCase(Locale.ROOT));
    }

    private static String first(HandshakeRequest request, String header) {
        for (Map.Entry<String, List<String>> entry : request.getHeaders().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(header) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}
