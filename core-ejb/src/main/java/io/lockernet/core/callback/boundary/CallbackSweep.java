package io.lockernet.core.callback.boundary;

import io.lockernet.core.callback.control.Deliveries;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every ten seconds: deliveries that are due but whose message was lost (the server stopped between the lease and the
 * outcome, or before a retry's message was sent) are attempted again. The database, not the queue, is the truth.
 */
@Singleton
@DependsOn("CoreSchema") // its timers tick once the Core's schema is migrated, not during the first deployment
public class CallbackSweep {

    private static final Logger LOG = Logger.getLogger(CallbackSweep.class.getName());
    /** A due delivery's own message normally comes at once: only one this late is taken as lost. */
    private static final Duration GRACE = Duration.ofSeconds(20);

    @EJB
    Deliveries deliveries;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "callback sweep")
    void sweep() {
        try {
            int nudged = deliveries.nudgeOverdue(GRACE);
            if (nudged > 0) {
                LOG.fine(() -> nudged + " overdue callback deliveries nudged");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "callback sweep failed; next in 10 s: " + e);
        }
    }
}
