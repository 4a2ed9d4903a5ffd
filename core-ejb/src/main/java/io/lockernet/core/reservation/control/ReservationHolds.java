package io.lockernet.core.reservation.control;

import io.lockernet.core.device.control.DoorClosed;
import io.lockernet.core.impulse.control.CompartmentHolds;
import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.impulse.entity.ImpulseRequest;
import io.lockernet.core.impulse.entity.ImpulseRequest.Purpose;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.CompartmentState;
import io.lockernet.core.reservation.entity.Reservation;
import io.lockernet.core.reservation.entity.ReservationPurpose;
import io.lockernet.core.reservation.entity.ReservationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * How reservations hold compartments. A hold is claimed with one conditional UPDATE, so two retailers reserving the
 * last free compartment cannot both get it, on one Core node or several. A door that closes settles the hold. The
 * impulse area asks it, without knowing reservations, through {@link CompartmentHolds}.
 */
@ApplicationScoped
public class ReservationHolds implements CompartmentHolds {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Event<ReservationSettled> settled;

    /** Holds a free compartment for the reservation; false when it is taken, open or out of service. */
    public boolean claim(long compartmentId, String reservation) {
        return em.createQuery("update Compartment c set c.reservation = :reservation, c.state = :reserved "
                        + "where c.id = :id and c.reservation is null and c.state = :available")
                .setParameter("reservation", reservation)
                .setParameter("reserved", CompartmentState.RESERVED)
                .setParameter("available", CompartmentState.AVAILABLE)
                .setParameter("id", compartmentId)
                .executeUpdate() == 1;
    }

    /**
     * Whether the open takes out what a reservation of the caller's retailer still holds in that compartment: a
     * customer's pickup or the staff's retrieval. Those go on when the retailer no longer may use the locker (an
     * operator took it off), until the last parcel is out; nothing new goes in.
     */
    @Override
    public boolean handsOutWhatItHolds(ImpulseRequest request) {
        if (request.reservation() == null || request.retailer() == null
                || request.purpose() != Purpose.PICKUP && request.purpose() != Purpose.RETRIEVE) {
            return false;
        }
        Reservation reservation = em.find(Reservation.class, request.reservation());
        if (reservation == null || !request.retailer().equals(reservation.retailer())
                || reservation.state() != ReservationState.DEPOSITED) {
            return false;
        }
        Compartment compartment = em.find(Compartment.class, reservation.compartmentId());
        return compartment != null && compartment.locker().equals(request.locker())
                && compartment.name().equals(request.compartment())
                && reservation.id().equals(compartment.reservation());
    }

    /** Why an open must be refused because of reservations, if it must. */
    @Override
    public Optional<String> refusal(ImpulseRequest request, Compartment compartment) {
        String held = compartment.reservation();
        if (request.reservation() == null) {
            if (held != null && request.retailer() != null
                    && !request.retailer().equals(em.find(Reservation.class, held).retailer())) {
                return Optional.of("reserved: compartment " + compartment.name() + " of locker "
                        + compartment.locker() + " is held for another retailer's parcel");
            }
            return Optional.empty();
        }
        if (!request.reservation().equals(held)) {
            return Optional.of("conflict: reservation " + request.reservation() + " does not hold compartment "
                    + compartment.name() + " of locker " + compartment.locker());
        }
        Reservation reservation = em.find(Reservation.class, held);
        ReservationState state = reservation.state();
        boolean dropOff = reservation.purpose() == ReservationPurpose.DROP_OFF;
        boolean fits = switch (request.purpose()) {
            case DEPOSIT -> state == ReservationState.RESERVED && !dropOff;
            case DROP_OFF -> state == ReservationState.RESERVED && dropOff;
            case PICKUP -> state == ReservationState.DEPOSITED && !dropOff;
            case RETRIEVE -> state == ReservationState.DEPOSITED;
            case SERVICE -> true;
        };
        return fits ? Optional.empty() : Optional.of("conflict: reservation " + held + " is " + state
                + "; a " + request.purpose().name().toLowerCase() + " open does not fit it");
    }

    /**
     * The door of the compartment closed: settles the reservation the closing impulse served, then the compartment. A
     * customer's drop-off counts unless the locker's occupancy sensor, read since the door opened for it, says the
     * compartment is empty (lockers without a sensor report nothing, and the closing door is taken as the drop-off; an
     * older reading says nothing about what the customer did). The compartment is settled only when this close is the
     * latest door event ({@code settleCompartment}); a close replayed after a newer event leaves its state alone.
     */
    void doorClosed(@Observes DoorClosed door) {
        Compartment compartment = door.compartment();
        Impulse impulse = door.impulse();
        Instant at = door.at();
        boolean settleCompartment = door.settleCompartment();
        if (impulse != null && impulse.reservation() != null
                && impulse.reservation().equals(compartment.reservation())) {
            Reservation reservation = em.find(Reservation.class, impulse.reservation());
            Purpose purpose = impulse.purpose();
            if (purpose == Purpose.DROP_OFF && reservation.state() == ReservationState.RESERVED
                    && Boolean.FALSE.equals(compartment.occupiedSince(openedAt(impulse, at)).orElse(null))) {
                // the locker's occupancy sensor says the customer closed the door on an empty compartment: the
                // return is not dropped off, and the code opens it once more
                reservation.codeRearmed();
            } else if ((purpose == Purpose.DEPOSIT || purpose == Purpose.DROP_OFF)
                    && reservation.state() == ReservationState.RESERVED) {
                reservation.deposited(at);
                settled(reservation, compartment, impulse, at);
            } else if (purpose == Purpose.PICKUP && reservation.state() == ReservationState.DEPOSITED) {
                reservation.end(ReservationState.COLLECTED, at);
                settled(reservation, compartment, impulse, at);
            } else if (purpose == Purpose.RETRIEVE && reservation.state() == ReservationState.DEPOSITED) {
                reservation.end(ReservationState.RETRIEVED, at);
                settled(reservation, compartment, impulse, at);
            }
        }
        if (settleCompartment) {
            settle(compartment);
        }
    }

    private void settled(Reservation reservation, Compartment compartment, Impulse impulse, Instant at) {
        settled.fire(new ReservationSettled(reservation.id(), reservation.retailer(), reservation.parcelRef(),
                reservation.purpose(), reservation.state(), compartment.locker(), compartment.name(), at,
                impulse.requestedVia()));
    }

    /** When the door of this impulse opened (or, if that was never reported, when it closed). */
    private static Instant openedAt(Impulse impulse, Instant closedAt) {
        return impulse.doorOpenedAt() != null ? impulse.doorOpenedAt() : closedAt;
    }

    /** Puts a closed compartment in the state its hold says, and lets go of a hold that has ended. */
    public void settle(Compartment compartment) {
        Reservation reservation = compartment.reservation() == null ? null
                : em.find(Reservation.class, compartment.reservation());
        if (reservation != null && !reservation.state().holdsCompartment()) {
            compartment.releaseReservation();
            reservation = null;
        }
        compartment.settle(reservation == null ? null : reservation.state().compartmentState());
    }

    /**
     * A keypad impulse (pickup or drop-off) that ended without opening the door gives its code back, so the customer
     * can try again.
     */
    @Override
    public void impulseEndedUnopened(Impulse impulse) {
        if (impulse.reservation() != null
                && (impulse.purpose() == Purpose.PICKUP || impulse.purpose() == Purpose.DROP_OFF)) {
            Reservation reservation = em.find(Reservation.class, impulse.reservation());
            ReservationState waiting = impulse.purpose() == Purpose.PICKUP
                    ? ReservationState.DEPOSITED : ReservationState.RESERVED;
            if (reservation != null && reservation.state() == waiting) {
                reservation.codeRearmed();
            }
        }
    }
}
