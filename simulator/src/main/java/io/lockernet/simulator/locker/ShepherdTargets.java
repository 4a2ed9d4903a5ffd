package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.CloseCodes;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a locker connects next: its primary Shepherd, its fallback, or the one an operator moved it to. */
final class ShepherdTargets {

    private static final System.Logger LOG = System.getLogger(ShepherdTargets.class.getName());
    private static final Pattern REASSIGNED_TO = Pattern.compile("reassigned to ([A-Za-z0-9-]+)");

    private final LockerConfig config;
    private volatile URI target;

    ShepherdTargets(LockerConfig config) {
        this.config = config;
        this.target = config.shepherdEndpoint();
    }

    /** The Shepherd this locker connects to next, or is connected to. */
    URI current() {
        return target;
    }

    /**
     * After a connection ended: after 4410 the Shepherd the close reason names ("reassigned to shepherd-2"); with a
     * fallback, the other address when the Shepherd said it is going away (1001) or the attempt never got a welcome;
     * otherwise the same address.
     */
    void after(CloseInfo close, boolean welcomed) {
        if (close.code() == CloseCodes.REASSIGNED) {
            Matcher named = REASSIGNED_TO.matcher(close.reason() == null ? "" : close.reason());
            if (named.find()) {
                target = URI.create(target.toString()
                        .replaceFirst("/[^/]+/lockers$", "/" + named.group(1) + "/lockers"));
                return;
            }
        }
        URI fallback = config.fallbackEndpoint();
        if (fallback != null && (close.code() == CloseInfo.GOING_AWAY || !welcomed)) {
            URI other = target.equals(fallback) ? config.shepherdEndpoint() : fallback;
            LOG.log(Level.INFO, "{0}: trying {1} next", config.lockerId(), other);
            target = other;
        }
    }
}
