package io.lockernet.core.delivery.boundary;

import io.lockernet.core.delivery.control.Replans;
import io.lockernet.core.delivery.control.UnknownConsignmentException;
import io.lockernet.core.delivery.entity.Consignment;
import io.lockernet.core.delivery.entity.ConsignmentState;
import io.lockernet.core.locker.boundary.Lockers;
import io.lockernet.core.locker.control.RetailerScope;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.reservation.boundary.Reservations;
import io.lockernet.core.reservation.control.ReservationConflictException;
import io.lockernet.core.reservation.entity.Reservation;
import io.lockernet.core.reservation.entity.ReservationState;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A retailer's side of the last mile: it hands a parcel to a carrier for one of its lockers, follows it, and once the
 * courier has put it in, gets the customer's pickup code (once: the Core keeps only its hash). It also has a carrier
 * collect a parcel waiting in a locker (a customer's return, a parcel never collected) and bring it back.
 */
@Stateless
public class Consignments {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @EJB
    Lockers lockers;

    @EJB
    Reservations reservations;

    @Inject
    RetailerScope scope;

    @Inject
    Replans replans;

    @Inject
    Clock clock;

    /**
     * Hands the parcel to the carrier; its route is planned within seconds.
     *
     * @throws ReservationConflictException when a parcel of this reference is with a carrier (a failed one may go again)
     */
    public Consignment consign(String retailer, String parcelRef, String carrier, String size, List<String> allowed,
                               String via) {
        for (String locker : allowed) {
            scope.check(retailer, lockers.get(locker), null, via, "consign a parcel to");
        }
        if (!em.createQuery("select c.id from Consignment c where c.retailer = :retailer and c.parcelRef = :ref "
                        + "and c.state <> :failed and c.kind = :delivery")
                .setParameter("retailer", retailer).setParameter("ref", parcelRef)
                .setParameter("delivery", Consignment.Kind.DELIVERY)
                .setParameter("failed", ConsignmentState.FAILED).getResultList().isEmpty()) {
            throw new ReservationConflictException("parcel " + parcelRef + " is with a carrier already (or in its "
                    + "locker); after a failed delivery it may be handed over again");
        }
        Consignment consignment = new Consignment(retailer, parcelRef, carrier, size, List.copyOf(allowed),
                clock.instant());
        em.persist(consignment);
        replans.changed(carrier);
        return consignment;
    }

    /**
     * Has the carrier collect the parcel the reservation holds in its compartment (a customer's return dropped off, a
     * parcel its customer never collected); its route is planned within seconds, and the courier's retrieval ends the
     * reservation as RETRIEVED, exactly as a store employee's would.
     *
     * Asked again for the same carrier while the collection is under way, it answers that collection (so that a
     * retailer whose answer was lost may ask again).
     *
     * @throws ReservationConflictException when the compartment holds no parcel now, another carrier is to collect it
     *                                      already, or its locker has no site (or is decommissioned)
     */
    public Collection collect(String retailer, String reservationId, String carrier) {
        Reservation reservation = em.find(Reservation.class, reservations.get(reservationId, retailer).id(),
                LockModeType.PESSIMISTIC_WRITE); // two collections of one parcel at once: the second waits, and sees
        if (reservation.state() != ReservationState.DEPOSITED) {
            throw new ReservationConflictException("reservation " + reservationId + " is " + reservation.state()
                    + ": only a parcel in its compartment (DEPOSITED) can be collected");
        }
        Optional<Consignment> open = em.createNamedQuery(Consignment.OPEN_COLLECTION, Consignment.class)
                .setParameter("reservation", reservationId).getResultStream().findFirst();
        if (open.isPresent()) {
            if (open.get().carrier().equals(carrier)) {
                return new Collection(open.get(), false); // asked again (an answer lost on the way): the same one
            }
            throw new ReservationConflictException("carrier " + open.get().carrier() + " is to collect the parcel of "
                    + "reservation " + reservationId + " already");
        }
        Locker locker = lockers.get(reservation.locker());
        if (!locker.site().known() || locker.decommissioned()) {
            throw new ReservationConflictException("locker " + locker.id() + " has no site for couriers to drive to"
                    + " (an operator enters it)" + (locker.decommissioned() ? ", and is decommissioned" : ""));
        }
        Compartment compartment = em.find(Compartment.class, reservation.compartmentId());
        String parcelRef = reservation.parcelRef() != null ? reservation.parcelRef() : "reservation-" + reservationId;
        Consignment consignment = Consignment.collection(retailer, parcelRef, carrier,
                compartment.sizeClass().name(), reservation.locker(), reservationId, clock.instant());
        em.persist(consignment);
        replans.changed(carrier);
        return new Collection(consignment, true);
    }

    /** A collection, and whether this request made it (or found it made by an earlier one of the same). */
    public record Collection(Consignment consignment, boolean created) {
    }

    public Consignment get(String retailer, String id) {
        Consignment c = em.find(Consignment.class, id);
        if (c == null || !c.retailer().equals(retailer)) {
            throw new UnknownConsignmentException(id);
        }
        return c;
    }

    /** The retailer's consignments, newest first (at most {@code limit}). */
    public List<Consignment> of(String retailer, int limit) {
        return em.createQuery("select c from Consignment c where c.retailer = :retailer order by c.createdAt desc",
                        Consignment.class)
                .setParameter("retailer", retailer).setMaxResults(limit).getResultList();
    }

    /**
     * A pickup code for a parcel the courier put in: a new one at each call, which replaces the one before (the Core
     * keeps only the hash of the last), so a retailer that lost the answer asks again and nothing is stuck.
     *
     * @throws ReservationConflictException before the parcel is in, and once it was collected
     */
    public PickupCode pickupCode(String retailer, String id) {
        Consignment c = em.find(Consignment.class, get(retailer, id).id(), LockModeType.PESSIMISTIC_WRITE);
        if (c.collection()) {
            throw new ReservationConflictException("consignment " + id + " is a collection: a parcel taken out has "
                    + "no pickup code");
        }
        if (c.state() != ConsignmentState.DEPOSITED) {
            throw new ReservationConflictException("consignment " + id + " is " + c.state()
                    + ": its pickup code comes once the courier has put it in");
        }
        String code = reservations.newCode(c.reservation(), retailer);
        c.codeIssued(clock.instant());
        Reservation reservation = reservations.get(c.reservation(), retailer);
        return new PickupCode(reservation, reservations.compartmentName(reservation), code);
    }

    /** A pickup code with the reservation it opens. */
    public record PickupCode(Reservation reservation, String compartment, String code) {
    }
}
