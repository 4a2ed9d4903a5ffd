package io.lockernet.shepherd.platform;

import io.lockernet.api.oidc.ClientCredentials;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * This instance's own access token (client credentials of the Keycloak client named like the instance), for its
 * calls to the Core and on every message it sends to the Core's queues, where it shows who sent the message.
 */
@ApplicationScoped
public class ShepherdCredentials {

    private static final Logger LOG = Logger.getLogger(ShepherdCredentials.class.getName());

    @Inject
    ShepherdConfig config;

    static final int BACK_OFF_SECONDS = 30;

    private ClientCredentials credentials;
    private volatile String last;
    /** When the last try to get a token failed ({@link System#nanoTime()}), far in the past until one does. */
    private volatile long failedAt = System.nanoTime() - BACK_OFF_SECONDS * 2_000_000_000L;

    @PostConstruct
    void init() {
        credentials = new ClientCredentials(config.realmUrl(), config.instance(), config.secret());
    }

    /** A valid token, for a call to the Core. */
    public String token() {
        try {
            String token = credentials.accessToken();
            last = token;
            return token;
        } catch (RuntimeException e) {
            throw new CoreUnavailableException("no token for " + config.instance() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A token for a message: a valid one, or while Keycloak cannot be reached the last one this instance had. The
     * Core checks a message's token for who sent it and accepts one that expired up to an hour ago (MessageSenders in
     * the Core), so that lockers' news still reaches it during a short Keycloak outage. After a failed try, Keycloak is
     * left alone for {@value #BACK_OFF_SECONDS} s: a token request can take seconds to fail, and every lane would
     * wait for it.
     */
    public String forMessages() {
        String kept = last;
        if (kept != null && System.nanoTime() - failedAt < BACK_OFF_SECONDS * 1_000_000_000L) {
            return kept;
        }
        try {
            return token();
        } catch (CoreUnavailableException e) {
            failedAt = System.nanoTime();
            if (kept == null) {
                throw e;
            }
            LOG.warning(() -> "Keycloak unreachable; messages carry the last token for now: " + e.getMessage());
            return kept;
        }
    }
}
