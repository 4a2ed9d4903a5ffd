package io.lockernet.shepherd.link.boundary;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;

/**
 * Takes the locker's bearer token from the upgrade request (the Authorization header, or {@code access_token} for
 * clients that cannot set headers) and hands it to the endpoint, which checks it and answers with a close code. An
 * upgrade with several Authorization headers hands over none: which one would count is exactly what a forger plays on.
 */
public class LockerHandshake extends ServerEndpointConfig.Configurator {

    static final String TOKEN = "lockernet.token";
    /** Set when the upgrade carried more than one Authorization header: the endpoint refuses it with 4401. */
    static final String SEVERAL_CREDENTIALS = "lockernet.several-credentials";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        config.getUserProperties().remove(TOKEN);
        config.getUserProperties().remove(SEVERAL_CREDENTIALS);
        List<String> authorizations = request.getHeaders().get("Authorization");
        if (authorizations != null && authorizations.size() > 1) {
            config.getUserProperties().put(SEVERAL_CREDENTIALS, authorizations.size());
            return;
        }
        String token = bearer(authorizations);
        if (token == null) {
            List<String> query = request.getParameterMap().get("access_token");
            token = query == null || query.isEmpty() ? null : query.get(0);
        }
        if (token != null) {
            config.getUserProperties().put(TOKEN, token);
        }
    }

    private static String bearer(List<String> headers) {
        if (headers == null) {
            return null;
        }
        return headers.stream()
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim())
                .findFirst().orElse(null);
    }
}
