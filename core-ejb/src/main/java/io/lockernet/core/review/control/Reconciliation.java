package io.lockernet.core.review.control;

import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.impulse.entity.ImpulseState;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.CompartmentState;
import io.lockernet.core.reservation.entity.Reservation;
import io.lockernet.core.review.entity.ReviewItem;
import io.lockernet.core.review.entity.ReviewKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Compares what the Core believes with what the devices last said, and looks for holds and impulses that should
 * have ended. Files each finding once as a {@link ReviewItem}; a finding that is already open is not filed again.
 * It changes nothing else: deciding what is true is the operator's job.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "lockernet.offpeak.stuck-impulse-minutes", defaultValue = "30")
    long stuckImpulseMinutes;

    @Inject
    @ConfigProperty(name = "lockernet.offpeak.overdue-reservation-minutes", defaultValue = "5")
    long overdueReservationMinutes;

    /** Returns how many new items were filed. */
    public int run(Instant now) {
        int filed = 0;
        for (Compartment c : em.createQuery("select c from Compartment c where c.deviceSeenAt is not null",
                Compartment.class).getResultList()) {
            String subject = c.locker() + "/" + c.name();
            boolean coreOpen = c.state() == CompartmentState.OPEN;
            if (c.deviceDoorOpen() != null && c.deviceDoorOpen() != coreOpen) {
                filed += file(ReviewKind.DOOR_MISMATCH, c.locker(), c.name(), subject, "the Core has the door of "
                        + subject + (coreOpen ? " open" : " closed") + "; the device last said "
                        + (c.deviceDoorOpen() ? "open" : "closed") + " at " + c.deviceSeenAt(), now);
            }
            boolean coreFull = c.state() == CompartmentState.OCCUPIED;
            boolean coreEmpty = c.state() == CompartmentState.AVAILABLE || c.state() == CompartmentState.RESERVED;
            if (c.deviceOccupied() != null && ((c.deviceOccupied() && coreEmpty) || (!c.deviceOccupied() && coreFull))) {
                filed += file(ReviewKind.OCCUPANCY_MISMATCH, c.locker(), c.name(), subject, "the Core has " + subject
                        + " " + c.state() + "; its occupancy sensor last said " + (c.deviceOccupied() ? "something is"
                        : "nothing is") + " inside, at " + c.deviceSeenAt(), now);
            }
        }
        for (Reservation r : em.createNamedQuery(Reservation.LAPSED, Reservation.class)
                .setParameter("now", now.minus(Duration.ofMinutes(overdueReservationMinutes))).getResultList()) {
            filed += file(ReviewKind.RESERVATION_OVERDUE, r.locker(), null, r.id(), "reservation " + r.id() + " of "
                    + r.retailer() + " still holds its compartment; its time to live ended at " + r.expiresAt(), now);
        }
        List<ImpulseState> live = Arrays.stream(ImpulseState.values()).filter(s -> !s.isFinal()).toList();
        for (Impulse i : em.createQuery("select i from Impulse i where i.state in :live and i.requestedAt < :before",
                        Impulse.class)
                .setParameter("live", live)
                .setParameter("before", now.minus(Duration.ofMinutes(stuckImpulseMinutes)))
                .getResultList()) {
            filed += file(ReviewKind.IMPULSE_STUCK, i.locker(), i.compartment(), i.id(), "impulse " + i.id() + " is "
                    + i.state() + " since " + i.requestedAt() + ", more than " + stuckImpulseMinutes + " min", now);
        }
        int total = filed;
        LOG.info(() -> "reconciliation: " + total + " new review item(s)");
        return filed;
    }

    private int file(ReviewKind kind, String locker, String compartment, String subject, String detail, Instant now) {
        Long open = em.createQuery("select count(r) from ReviewItem r where r.openKey = :key", Long.class)
                .setParameter("key", ReviewItem.key(kind, subject)).getSingleResult();
        if (open > 0) {
            return 0;
        }
        em.persist(new ReviewItem(kind, locker, compartment, subject, detail, now));
        return 1;
    }
}
