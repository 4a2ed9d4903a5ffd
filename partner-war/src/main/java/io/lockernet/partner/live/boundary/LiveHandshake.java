package io.lockernet.partner.live.boundary;

import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Notes the HTTP session a browser's upgrade came with, so that the live channel ends when that session does (signed
 * out, timed out). A bearer client has none: its channel ends with its token. Notes too an upgrade a page of another
 * origin asked for ({@code Origin} not this server's): a browser sends the staff's session cookie with it, so any page
 * on the same site could otherwise listen in on the staff's live news.
 */
public class LiveHandshake extends ServerEndpointConfig.Configurator {

    /** User property of a live session: the id of the HTTP session it belongs to, if any. */
    static final String HTTP_SESSION = "lockernet.http-session";
    /** User property of a live session asked for by a page of another origin: that origin. */
    static final String FOREIGN_ORIGIN = "lockernet.foreign-origin";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        if (request.getHttpSession() instanceof HttpSession http) {
            config.getUserProperties().put(HTTP_SESSION, http.getId());
        } else {
            config.getUserProperties().remove(HTTP_SESSION);
        }
        String origin = first(request, "Origin");
        String host = first(request, "Host");
        if (origin != null && !sameOrigin(origin, host)) {
            config.getUserProperties().put(FOREIGN_ORIGIN, origin);
        } else {
            config.getUserProperties().remove(FOREIGN_ORIGIN);
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
