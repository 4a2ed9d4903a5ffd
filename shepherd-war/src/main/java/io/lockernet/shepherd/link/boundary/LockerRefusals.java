package io.lockernet.shepherd.link.boundary;

import io.lockernet.api.web.Refusal;
import io.lockernet.api.web.RefusalTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Connections refused for their credentials (close code 4401: no token, several, a forged, tampered, expired or
 * foreign one) are counted like every refused request of the other applications and reach the operators as one
 * alarm with a count. The token names no locker the Shepherd may believe, so the refusal names none either.
 */
@ApplicationScoped
public class LockerRefusals {

    private static final Logger LOG = Logger.getLogger(LockerRefusals.class.getName());

    private ServletContext application;

    /** The application's context, kept at start: the injectable one lives only within a request. */
    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        this.application = context;
    }

    /** Never fails: the connection it concerns is closed already, and noting is secondary to that. */
    void unauthenticated(String reason) {
        try {
            if (application != null) {
                RefusalTally.note(application, new Refusal(Refusal.Kind.INVALID_CREDENTIALS, "a locker connection",
                        reason));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot note a refused locker connection", e);
        }
    }
}
