package io.lockernet.shepherd.link.control;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.shepherd.platform.CoreClient;
import io.lockernet.shepherd.platform.CoreUnavailableException;
import io.lockernet.shepherd.platform.ShepherdConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Decides whether a locker may connect here: a valid token, known to the Core, and assigned to this instance. */
@ApplicationScoped
public class Admission {

    @Inject
    ShepherdConfig config;

    @Inject
    CoreClient core;

    private LockerTokens tokens;

    @PostConstruct
    void init() {
        tokens = new LockerTokens(config.realmUrl());
    }

    public LockerIdentity admit(String token) {
        LockerIdentity identity = identify(token);
        Optional<List<String>> assigned;
        try {
            assigned = core.assignedShepherds(identity.locker());
        } catch (CoreUnavailableException e) {
            throw new RefusalException(CloseCodes.TRY_LATER, "cannot check the assignment now; retry later");
        }
        if (assigned.isEmpty()) {
            throw new RefusalException(CloseCodes.UNKNOWN_LOCKER, "locker " + identity.locker() + " is unknown");
        }
        if (assigned.get().isEmpty()) {
            throw new RefusalException(CloseCodes.FORBIDDEN, "locker " + identity.locker() + " is isolated by an "
                    + "operator");
        }
        if (!assigned.get().contains(config.instance())) {
            throw new RefusalException(CloseCodes.FORBIDDEN, "locker " + identity.locker() + " is assigned to "
                    + String.join(" (fallback ", assigned.get()) + (assigned.get().size() > 1 ? ")" : "") + ", not "
                    + config.instance());
        }
        return identity;
    }

    /** Who a token proves the caller to be; a refusal with 4401 when it proves nothing. */
    public LockerIdentity identify(String token) {
        try {
            return tokens.verify(token);
        } catch (InvalidTokenException e) {
            throw new RefusalException(CloseCodes.UNAUTHENTICATED, e.getMessage());
        }
    }
}
