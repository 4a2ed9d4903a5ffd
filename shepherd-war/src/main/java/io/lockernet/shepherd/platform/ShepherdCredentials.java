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

    private ClientCredentials credentials;
    private volatile String last;

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
     * Core checks a message's token for who sent it and accepts one that expired a while ago (MessageSenders in the
     * Core), so that lockers' news still reaches it during a Keycloak outage.
     */
    public String forMessages() {
        try {
            return token();
        } catch (CoreUnavailableException e) {
            String kept = last;
            if (kept == null) {
                throw e;
            }
            LOG.fine(() -> "Keycloak unreachable; messages carry the last token: " + e.getMessage());
            return kept;
        }
    }
}
