package io.lockernet.core.delivery.control;

import io.lockernet.core.delivery.entity.CarrierPlan;
import io.lockernet.core.delivery.entity.Consignment;
import io.lockernet.core.delivery.entity.ConsignmentState;
import io.lockernet.core.link.control.LinkChanged;
import io.lockernet.core.reservation.control.ReservationSettled;
import io.lockernet.core.reservation.entity.ReservationPurpose;
import io.lockernet.core.reservation.entity.ReservationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * What makes a carrier's routes worth planning again, noted in the transaction of the change itself (the planner
 * picks it up within seconds, on whichever server): a parcel added, a shift started, a stop failed, a locker on a
 * route going offline. And one consequence that needs no plan: a courier's deposit settles the parcel's consignment.
 */
@ApplicationScoped
public class Replans {

    private static final Logger LOG = Logger.getLogger(Replans.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    public void changed(String carrier) {
        CarrierPlan plan = em.find(CarrierPlan.class, carrier, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            em.persist(new CarrierPlan(carrier, clock.instant()));
        } else {
            plan.changed(clock.instant());
        }
    }

    /** A locker went offline: every carrier with parcels routed there plans again (they move where there is room). */
    void linkChanged(@Observes LinkChanged change) {
        if (change.online()) {
            return;
        }
        List<String> carriers = em.createQuery("select distinct c.carrier from Consignment c where c.locker = :locker "
                        + "and c.state = :routed", String.class)
                .setParameter("locker", change.locker()).setParameter("routed", ConsignmentState.ROUTED)
                .getResultList();
        carriers.forEach(carrier -> {
            LOG.info(() -> "locker " + change.locker() + " went offline: carrier " + carrier + "'s routes are planned "
                    + "again");
            changed(carrier);
        });
    }

    /** A parcel a courier brought is in its compartment. */
    void settled(@Observes ReservationSettled settled) {
        if (settled.purpose() != ReservationPurpose.DEPOSIT || settled.state() != ReservationState.DEPOSITED) {
            return;
        }
        em.createQuery("select c from Consignment c where c.reservation = :reservation", Consignment.class)
                .setParameter("reservation", settled.reservation())
                .getResultStream().filter(Consignment::open).forEach(c -> {
                    c.deposited(settled.at());
                    LOG.info(() -> "consignment " + c.id() + " of " + c.retailer() + " is in " + settled.locker() + " "
                            + settled.compartment());
                });
    }
}
