package io.lockernet.partner.live.boundary;

import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * Notes the HTTP session a browser's upgrade came with, so that the live channel ends when that session does (signed
 * out, timed out). A bearer client has none: its channel ends with its token.
 */
public class LiveHandshake extends ServerEndpointConfig.Configurator {

    /** User property of a live session: the id of the HTTP session it belongs to, if any. */
    static final String HTTP_SESSION = "lockernet.http-session";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        if (request.getHttpSession() instanceof HttpSession http) {
            config.getUserProperties().put(HTTP_SESSION, http.getId());
        } else {
            config.getUserProperties().remove(HTTP_SESSION);
        }
    }
}
