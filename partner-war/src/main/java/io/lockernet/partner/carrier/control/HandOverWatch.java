package io.lockernet.partner.carrier.control;

import io.lockernet.partner.compartment.control.DoorClosed;
import io.lockernet.partner.hold.control.Holds;
import io.lockernet.partner.hold.control.HoldsSwept;
import io.lockernet.partner.parcel.control.Parcels;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Follows the orders with a carrier: after each sweep of the holds, and at once when a door of this retailer's closes
 * (a courier's deposit is one), each is brought up to date with the Core in a transaction of its own; a parcel that is
 * in has its pickup code mailed right after.
 */
@ApplicationScoped
public class HandOverWatch {

    private static final Logger LOG = Logger.getLogger(HandOverWatch.class.getName());

    @EJB
    HandOvers handOvers;

    @EJB
    Parcels parcels;

    @Inject
    Holds holds;

    /** The Partners' own executor (55-concurrency.cli). */
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/lockernet-partner")
    ManagedScheduledExecutorService scheduler;

    void swept(@Observes HoldsSwept swept) {
        followUp();
    }

    /** Not on the thread that brought the door's news: the Core's answers may be slow. */
    void doorClosed(@Observes DoorClosed door) {
        scheduler.execute(this::followUp);
    }

    private void followUp() {
        for (Long id : handOvers.handed()) {
            try {
                String deposited = handOvers.followUp(id);
                if (deposited != null) {
                    holds.sendCode(parcels, deposited);
                }
            } catch (RuntimeException e) {
                LOG.warning(() -> "cannot bring hand-over " + id + " up to date now (next sweep): " + e);
            }
        }
    }
}
