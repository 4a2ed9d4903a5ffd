package io.lockernet.core.delivery.boundary;

import io.lockernet.core.delivery.control.DeliverySettings;
import io.lockernet.core.delivery.control.Replans;
import io.lockernet.core.delivery.control.RoutingProblems;
import io.lockernet.core.delivery.entity.CarrierPlan;
import io.lockernet.core.delivery.entity.Consignment;
import io.lockernet.core.delivery.entity.ConsignmentState;
import io.lockernet.core.reservation.boundary.Reservations;
import io.lockernet.core.reservation.entity.Reservation;
import io.lockernet.core.reservation.entity.ReservationPurpose;
import io.lockernet.core.reservation.entity.ReservationRequest;
import io.lockernet.core.reservation.entity.ReservationState;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A carrier's plan, read and applied one parcel at a time: each placement is a transaction of its own, so a
 * compartment taken by someone else in the meantime costs that one parcel a wait for the next plan, not the whole
 * plan. A parcel moved to another locker gives up its old compartment and is held a new one there; a parcel to collect
 * keeps the reservation that holds it in its locker.
 */
@Stateless
public class RoutePlans {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    RoutingProblems problems;

    @Inject
    Replans replans;

    @Inject
    DeliverySettings settings;

    @EJB
    Reservations reservations;

    @Inject
    Clock clock;

    /** Where the plan puts a parcel: which locker, which courier, its place on the route, when and whether late. */
    public record Placement(String locker, String courier, int stop, Instant eta, boolean late) {
    }

    public List<String> dirtyCarriers() {
        return em.createQuery("select p.carrier from CarrierPlan p where p.dirty = true order by p.changedAt",
                String.class).getResultList();
    }

    public RoutingProblems.Snapshot snapshot(String carrier) {
        return problems.of(carrier);
    }

    /** Routes the parcel as placed, unless it has left the planner's hands (deposited, failed) meanwhile. */
    public void place(String consignmentId, Placement placement) {
        Consignment c = em.find(Consignment.class, consignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.open()) {
            return;
        }
        String reservation = c.reservation();
        if (c.collection()) {
            // its parcel waits in its own compartment: nothing to hold, and its one locker is where the plan goes
            if (gone(c)) {
                return;
            }
            c.routed(c.locker(), reservation, placement.courier(), placement.stop(), placement.eta(), placement.late());
            return;
        }
        if (!placement.locker().equals(c.locker()) || !holding(reservation)) {
            release(c);
            reservation = reservations.reserve(new ReservationRequest(c.retailer(), placement.locker(), null, c.size(),
                    false, settings.hold(), c.parcelRef(), "carrier:" + c.carrier(), ReservationPurpose.DEPOSIT))
                    .reservation().id();
        }
        c.routed(placement.locker(), reservation, placement.courier(), placement.stop(), placement.eta(),
                placement.late());
    }

    /** The plan has nowhere for the parcel now: its compartment, if it had one, is free again. */
    public void unrouted(String consignmentId, String why, String whyNotCollected) {
        Consignment c = em.find(Consignment.class, consignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (c != null && c.open() && !(c.collection() && gone(c))) {
            release(c);
            c.waiting(c.collection() ? whyNotCollected : why);
        }
    }

    /**
     * Whether the parcel a collection is for has left its compartment by another way (its customer picked it up, staff
     * took it out, and the door's news missed the collection by a moment): the collection is called off then.
     */
    private boolean gone(Consignment c) {
        ReservationState state = reservations.get(c.reservation(), c.retailer()).state();
        if (state == ReservationState.DEPOSITED) {
            return false;
        }
        c.failed("no longer in its compartment (" + state + ")");
        replans.changed(c.carrier());
        return true;
    }

    /**
     * This server plans the carrier for the next {@code lease} (another server planning it now keeps it): so that two
     * servers of a cluster never apply two plans of one carrier at once.
     */
    public boolean claim(String carrier, Duration lease) {
        CarrierPlan plan = em.find(CarrierPlan.class, carrier, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        return plan != null && plan.claim(now, now.plus(lease));
    }

    /** The plan of the state with {@code changesRead} changes is applied; a change since keeps the carrier due. */
    public void planned(String carrier, long changesRead, double metres, int lateStops, int unrouted, long millis) {
        CarrierPlan plan = em.find(CarrierPlan.class, carrier, LockModeType.PESSIMISTIC_WRITE);
        if (plan != null) {
            plan.planned(changesRead, clock.instant(), metres, lateStops, unrouted, millis);
        }
    }

    /**
     * Housekeeping every few minutes: every carrier with parcels not yet in a locker is planned again (whatever no
     * event told of: a compartment freed by a lapsed hold, a new day), and couriers' positions of days gone by are
     * forgotten (where a person was is kept no longer than their shift's day).
     */
    public void tidy() {
        em.createQuery("select distinct c.carrier from Consignment c where c.state in :open order by c.carrier",
                        String.class)
                .setParameter("open", List.of(ConsignmentState.WAITING, ConsignmentState.ROUTED))
                .getResultList().forEach(replans::changed);
        em.createQuery("update CourierShift s set s.positionLatitude = null, s.positionLongitude = null, "
                        + "s.positionAt = null where s.day < :today and s.positionAt is not null")
                .setParameter("today", clock.instant().atZone(settings.zone()).toLocalDate()).executeUpdate();
    }

    /** Something got in the plan's way: the carrier is planned again shortly. */
    public void again(String carrier) {
        replans.changed(carrier);
    }

    private boolean holding(String reservation) {
        if (reservation == null) {
            return false;
        }
        Reservation r = em.find(Reservation.class, reservation);
        return r != null && r.state() == ReservationState.RESERVED;
    }

    /** A delivery's held compartment is freed; a collection's reservation holds the parcel itself and stays. */
    private void release(Consignment c) {
        if (!c.collection() && holding(c.reservation())) {
            reservations.cancel(c.reservation(), c.retailer());
        }
    }
}
