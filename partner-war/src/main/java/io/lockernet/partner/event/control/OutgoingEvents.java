package io.lockernet.partner.event.control;

import io.lockernet.api.core.PartnerEvent;
import io.lockernet.partner.event.entity.OutgoingEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The outbox of events for the retailer's systems: {@link #write} joins the caller's transaction (the event exists
 * exactly when the change that caused it committed); the relay reads the untold ones and marks each told in a
 * transaction of its own.
 */
@Stateless
public class OutgoingEvents {

    /** A parcel's pickup window ends soon (the customer is reminded then). */
    public static final String PARCEL_EXPIRING = "parcel.expiring";
    /** A parcel's pickup window has ended: staff are to take it back out. */
    public static final String PARCEL_EXPIRED = "parcel.expired";

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    public void write(String type, String reference, String reservation, String locker, String compartment,
                      Instant expiresAt, Instant at) {
        em.persist(new OutgoingEvent(type, reference, reservation, locker, compartment, expiresAt, at));
    }

    /** The oldest events not yet told to the Core, as the Core takes them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<PartnerEvent> untold(int limit) {
        return em.createNamedQuery(OutgoingEvent.UNTOLD, OutgoingEvent.class).setMaxResults(limit).getResultStream()
                .map(e -> new PartnerEvent(e.id(), e.type(), e.reference(), e.reservation(), e.locker(),
                        e.compartment(), e.expiresAt(), e.occurredAt())).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void told(String id, String outcome) {
        OutgoingEvent event = em.find(OutgoingEvent.class, id);
        if (event != null && event.toldAt() == null) {
            event.told(Instant.now(), outcome);
        }
    }
}
