package io.lockernet.core.report.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.core.link.boundary.LinkHealth;
import io.lockernet.core.report.control.ReportRefresh;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Consumes the reports queue ({@value Destinations#REPORTS}; reports pool and delivery group): each message asks
 * for the per-locker reports to be recomputed, and on the same beat closes the flapping tickets of lockers whose
 * link has been stable long enough. Idempotent: a recomputation gives the same figures twice, a closed ticket stays
 * closed.
 */
@MessageDriven(name = "ReportsListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.REPORTS_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class ReportsListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ReportsListener.class.getName());

    @Inject
    ReportRefresh refresh;

    @EJB
    LinkHealth links;

    @Inject
    Clock clock;

    @Override
    public void onMessage(Message message) {
        Instant now = clock.instant();
        int closed = links.closeSteadyTickets(now);
        int lockers = refresh.refresh(now);
        LOG.fine(() -> "reports refreshed for " + lockers + " locker(s); " + closed + " steady ticket(s) closed");
    }
}
