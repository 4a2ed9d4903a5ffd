package io.lockernet.partner.returns.control;

import io.lockernet.partner.hold.control.HoldsSwept;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/**
 * After each sweep of the holds, the returns a carrier is to collect are brought up to date with the Core, each in a
 * transaction of its own: one whose collection failed is offered to staff again.
 */
@ApplicationScoped
public class CollectionWatch {

    private static final Logger LOG = Logger.getLogger(CollectionWatch.class.getName());

    @EJB
    ReturnCollections collections;

    void swept(@Observes HoldsSwept swept) {
        for (Long id : collections.collecting()) {
            try {
                collections.followUp(id);
            } catch (RuntimeException e) {
                LOG.warning(() -> "cannot bring the collection of return " + id + " up to date now (next sweep): " + e);
            }
        }
    }
}
