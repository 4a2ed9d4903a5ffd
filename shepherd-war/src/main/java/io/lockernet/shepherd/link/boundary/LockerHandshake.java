package io.lockernet.shepherd.link.boundary;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;

/**
 * Takes the locker's bearer token from the upgrade request (the Authorization header, or {@code access_token} for
 * clients that cannot set headers) and hands it to the endpoint, which checks it and answers with a close code.
 */
public class LockerHandshake extends ServerEndpointConfig.Configurator {

    static final String TOKEN = "lockernet.token";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        config.getUserProperties().remove(TOKEN);
        String token = bearer(request.getHeaders().get("Authorization"));
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
