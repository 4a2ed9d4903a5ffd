package io.lockernet.core.delivery.control;

import io.lockernet.core.delivery.entity.CarrierPlan;
import io.lockernet.core.delivery.entity.Consignment;
import io.lockernet.core.delivery.entity.ConsignmentState;
import io.lockernet.core.link.control.LinkChanged;
import io.lockernet.core.locker.control.LockerAnnounced;
import io.lockernet.core.reservation.control.ReservationSettled;
import io.lockernet.core.reservation.entity.ReservationPurpose;
import io.lockernet.core.reservation.entity.ReservationState;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * What makes a carrier's routes worth planning again, noted in the transaction of the change itself (the planner
 * picks it up within seconds, on whichever server): a parcel added, a shift started, a stop failed, a locker on a
 * route going offline, a locker back online or with room again that parcels wait for; and, just after its transaction,
 * a locker's hello. And one consequence that needs no plan: a courier's deposit settles the parcel's consignment.
 * Where one change concerns several carriers, their planning rows are locked in the carriers' order, so that two such
 * changes at once cannot wait for each other.
 */
@ApplicationScoped
public class Replans {

    private static final Logger LOG = Logger.getLogger(Replans.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    CarrierPlanRows rows;

    public void changed(String carrier) {
        CarrierPlan plan = em.find(CarrierPlan.class, carrier, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            try {
                rows.create(carrier);
            } catch (EJBException e) {
                // made by another transaction at the same moment, or a real failure: which one, the row tells
                plan = em.find(CarrierPlan.class, carrier, LockModeType.PESSIMISTIC_WRITE);
                if (plan == null) {
                    throw e;
                }
            }
            if (plan == null) {
                plan = em.find(CarrierPlan.class, carrier, LockModeType.PESSIMISTIC_WRITE);
            }
        }
        plan.changed(clock.instant());
    }

    /**
     * A locker went offline: every carrier with parcels routed there or that may go there plans again (they move where
     * there is room; a plan under way that read the locker online would otherwise route a parcel there after this
     * looked). Back online: every carrier with parcels waiting that may go there plans again.
     */
    void linkChanged(@Observes LinkChanged change) {
        if (change.online()) {
            waitingFor(change.locker()).forEach(this::changed);
            return;
        }
        List<String> carriers = em.createQuery("select distinct c.carrier from Consignment c where c.state in :open "
                        + "and (c.locker = :locker or concat(',', c.lockers, ',') like :listed) order by c.carrier",
                        String.class)
                .setParameter("open", List.of(ConsignmentState.WAITING, ConsignmentState.ROUTED))
                .setParameter("locker", change.locker()).setParameter("listed", "%," + change.locker() + ",%")
                .getResultList();
        carriers.forEach(carrier -> {
            LOG.info(() -> "locker " + change.locker() + " went offline: carrier " + carrier + "'s routes are planned "
                    + "again");
            changed(carrier);
        });
    }

    /**
     * A locker said hello: connected, its compartments known. Parcels waiting that may go there are planned again: a
     * locker's first connection opens no outage's end (nothing above hears of it), and a plan made before its
     * compartments were known found no room there. Once the hello is committed, in a transaction of its own: the
     * locker's welcome never waits for a carrier's planning row, and should this fail, the ten-minute tidy plans them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void announced(@Observes(during = TransactionPhase.AFTER_SUCCESS) LockerAnnounced announced) {
        waitingFor(announced.locker()).forEach(this::changed);
    }

    private List<Consignment> collections(String reservation) {
        return em.createNamedQuery(Consignment.OPEN_COLLECTION, Consignment.class)
                .setParameter("reservation", reservation).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The carriers with parcels waiting (unrouted) that may go to the locker. */
    private List<String> waitingFor(String locker) {
        return em.createQuery("select distinct c.carrier from Consignment c where c.state = :waiting "
                        + "and concat(',', c.lockers, ',') like :locker order by c.carrier", String.class)
                .setParameter("waiting", ConsignmentState.WAITING)
                .setParameter("locker", "%," + locker + ",%")
                .getResultList();
    }

    /**
     * A parcel a courier brought is in its compartment; or a compartment was emptied (collected, retrieved), and a
     * carrier with parcels waiting for room at that locker plans again. A locker filling up needs no plan: a routed
     * parcel's compartment is held for it already. A parcel taken out that a carrier was to collect is COLLECTED when
     * its courier took it, and no longer the carrier's to collect when somebody else did (the store's staff, or its
     * customer with the pickup code).
     */
    void settled(@Observes ReservationSettled settled) {
        if (settled.state() == ReservationState.RETRIEVED || settled.state() == ReservationState.COLLECTED) {
            collections(settled.reservation()).forEach(c -> {
                if (settled.state() == ReservationState.COLLECTED) {
                    c.failed("picked up by its customer");
                    changed(c.carrier());
                } else if (Consignment.courierChannel(c.carrier()).equals(settled.openedVia())) {
                    c.collected(settled.at());
                    LOG.info(() -> "consignment " + c.id() + " of " + c.retailer() + " collected from "
                            + settled.locker() + " " + settled.compartment());
                } else {
                    c.failed("taken out of the locker by the retailer (" + settled.openedVia() + ")");
                    changed(c.carrier());
                }
            });
        }
        if (settled.state() == ReservationState.COLLECTED || settled.state() == ReservationState.RETRIEVED) {
            waitingFor(settled.locker()).forEach(this::changed);
            return;
        }
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
