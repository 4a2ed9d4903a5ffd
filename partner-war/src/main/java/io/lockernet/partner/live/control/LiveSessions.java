package io.lockernet.partner.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/** The staff connected to the live channel of this deployment. */
@ApplicationScoped
public class LiveSessions {

    private static final Logger LOG = Logger.getLogger(LiveSessions.class.getName());

    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

    public void joined(Session session) {
        sessions.add(session);
    }

    public void left(Session session) {
        sessions.remove(session);
    }

    /** Sends the text to everyone listening; a slow or broken session delays or stops no one else. */
    public void push(String json) {
        for (Session session : sessions) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(json, result -> {
                    if (!result.isOK()) {
                        LOG.fine(() -> "a live push failed: " + result.getException());
                    }
                });
            } else {
                sessions.remove(session);
            }
        }
    }

    public int listening() {
        return sessions.size();
    }
}
