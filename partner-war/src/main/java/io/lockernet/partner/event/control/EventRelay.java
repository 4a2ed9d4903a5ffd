package io.lockernet.partner.event.control;

import io.lockernet.api.core.PartnerEvent;
import io.lockernet.partner.hold.control.HoldsSwept;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.CoreProblemException;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;

/**
 * Tells the Core the events in the outbox, oldest first, each until the Core answers: once it has (recorded now, or
 * known from an earlier telling whose answer was lost), the event is marked told. While the Core cannot be reached
 * the events wait, in order, for the next round; one the Core refuses for good (a 4xx) is marked so and logged, so
 * that it holds up none after it.
 */
@ApplicationScoped
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());
    private static final int PAGE = 100;

    @EJB
    OutgoingEvents outbox;

    @Inject
    CoreClient core;

    /** After each sweep of the holds, once the areas have written what it showed them. */
    void afterSweep(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) HoldsSwept swept) {
        relay();
    }

    /** One round: returns how many events were told. */
    public int relay() {
        int told = 0;
        for (List<PartnerEvent> page = outbox.untold(PAGE); !page.isEmpty(); page = outbox.untold(PAGE)) {
            for (PartnerEvent event : page) {
                try {
                    core.tell(event);
                    outbox.told(event.id(), null);
                    told++;
                } catch (CoreProblemException e) {
                    int status = e.problem().status();
                    if (status >= 400 && status < 500 && status != 401 && status != 408 && status != 429) {
                        LOG.warning(() -> "the Core refused event " + event.id() + " (" + event.type() + " of order "
                                + event.reference() + "): " + e.getMessage());
                        outbox.told(event.id(), "refused: " + e.getMessage());
                        continue;
                    }
                    LOG.warning(() -> "cannot tell the Core of " + event.type() + " of order " + event.reference()
                            + " now (next sweep tries again): " + e.getMessage());
                    return told;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return told;
    }
}
