package io.lockernet.partner.returns.control;

import io.lockernet.api.delivery.CollectRequest;
import io.lockernet.api.delivery.ConsignmentView;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.PartnerConfig;
import io.lockernet.partner.returns.entity.CustomerReturn;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Dropped-off returns a carrier collects from the locker instead of the store's staff. The Core routes a courier there;
 * the courier's retrieval ends the drop-off reservation as RETRIEVED, which the hold area settles as for staff's: the
 * return RETRIEVED, the order RETURNED. Should staff take the parcel out first, the Core calls the collection off; a
 * collection the courier could not make is let go of here (after a sweep), with why, for staff to decide again.
 */
@Stateless
public class ReturnCollections {

    private static final Logger LOG = Logger.getLogger(ReturnCollections.class.getName());

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    CoreClient core;

    @Inject
    PartnerConfig config;

    /**
     * Hands the DROPPED_OFF return to the carrier (one of the retailer's), under the return's lock: of two hand-overs at
     * once the second waits and is refused. The Core answers a collection asked again with the one under way, so a
     * hand-over whose answer was lost here is recorded the next time.
     */
    public CustomerReturn handOver(long id, String carrier) {
        config.checkCarrier(carrier);
        CustomerReturn found = em.find(CustomerReturn.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (found == null || found.state() != CustomerReturn.State.DROPPED_OFF) {
            throw new ReturnConflictException("return " + id + " is " + (found == null ? "unknown" : found.state())
                    + "; only a DROPPED_OFF return can be collected");
        }
        if (found.collection() != null) {
            throw new ReturnConflictException("return " + id + " is being collected by " + found.collectingCarrier()
                    + " already");
        }
        ConsignmentView consigned = core.collect(new CollectRequest(found.reservation(), carrier));
        found.collectedBy(carrier, consigned.id(), Instant.now());
        LOG.info(() -> "return " + id + " of order " + found.order().reference() + " handed to carrier " + carrier
                + " for collection from " + found.locker() + " " + found.compartment());
        return found;
    }

    /** Dropped-off returns a carrier is to collect, oldest first. */
    public List<Long> collecting() {
        return em.createNamedQuery(CustomerReturn.COLLECTING, Long.class).setMaxResults(500).getResultList();
    }

    /** Lets go of the collection if the Core says it failed; its success shows as the return's RETRIEVED. */
    public void followUp(long id) {
        CustomerReturn r = em.find(CustomerReturn.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.collection() == null || r.state() != CustomerReturn.State.DROPPED_OFF) {
            return;
        }
        ConsignmentView now = core.consignment(r.collection());
        if ("FAILED".equals(now.state())) {
            r.collectionFailed(now.note() == null ? "no reason given" : now.note());
            LOG.info(() -> "return " + id + ": " + r.collectionNote());
        }
    }
}
