package io.lockernet.core.delivery.boundary;

import io.lockernet.core.delivery.control.CourierEtas;
import io.lockernet.core.delivery.control.DeliverySettings;
import io.lockernet.core.delivery.control.Replans;
import io.lockernet.core.delivery.control.UnknownConsignmentException;
import io.lockernet.core.delivery.entity.CarrierPlan;
import io.lockernet.core.delivery.entity.Consignment;
import io.lockernet.core.delivery.entity.ConsignmentState;
import io.lockernet.core.delivery.entity.CourierShift;
import io.lockernet.core.impulse.boundary.Impulses;
import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.impulse.entity.ImpulseRequest;
import io.lockernet.core.locker.boundary.Lockers;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.CompartmentState;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.reservation.boundary.Reservations;
import io.lockernet.core.reservation.entity.Reservation;
import io.lockernet.core.reservation.entity.ReservationState;
import io.lockernet.routing.entity.Place;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A courier's day: starting the shift, the route as planned, and at a locker opening the compartments held for this
 * courier's parcels one after another, and those of the parcels it collects there. A courier reaches only what is
 * consigned to its own carrier and routed to itself: another carrier's parcels, and every compartment of a
 * retailer's, stay shut to it.
 */
@Stateless
public class CourierRounds {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @EJB
    Impulses impulses;

    @EJB
    Reservations reservations;

    @EJB
    Lockers lockers;

    @Inject
    Replans replans;

    @Inject
    DeliverySettings settings;

    @Inject
    CourierEtas etas;

    @Inject
    Clock clock;

    /** The courier starts (or changes) today's shift; its carrier's routes are planned again with it. */
    public void startShift(String carrier, String courier, double latitude, double longitude, int endMinute,
                           int capacity) {
        ZonedDateTime now = clock.instant().atZone(settings.zone());
        LocalDate day = now.toLocalDate();
        CourierShift shift = em.createQuery("select s from CourierShift s where s.carrier = :carrier "
                        + "and s.courier = :courier and s.day = :day", CourierShift.class)
                .setParameter("carrier", carrier).setParameter("courier", courier).setParameter("day", day)
                .getResultStream().findFirst().orElseGet(() -> {
                    CourierShift fresh = new CourierShift(carrier, courier, day);
                    em.persist(fresh);
                    return fresh;
                });
        int startMinute = now.getHour() * 60 + now.getMinute();
        if (endMinute <= startMinute) {
            throw new IllegalArgumentException("the shift must end later than now (" + now.toLocalTime()
                    .withSecond(0).withNano(0) + ")");
        }
        shift.plan(startMinute, endMinute, latitude, longitude, capacity);
        replans.changed(carrier);
    }

    /**
     * Where the courier is now (positions tier): the ETAs of its stops follow, and a courier behind the plan has its
     * carrier's routes planned again. A report older than the last one, or of a courier with no shift today, changes
     * nothing.
     */
    public void moved(String carrier, String courier, double latitude, double longitude, Instant at) {
        LocalDate day = at.atZone(settings.zone()).toLocalDate();
        Optional<CourierShift> shift = em.createQuery("select s from CourierShift s where s.carrier = :carrier "
                        + "and s.courier = :courier and s.day = :day", CourierShift.class)
                .setParameter("carrier", carrier).setParameter("courier", courier).setParameter("day", day)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        if (shift.isEmpty() || !shift.get().movedTo(latitude, longitude, at)) {
            return;
        }
        if (etas.follow(route(carrier, courier), new Place(latitude, longitude), at)) {
            replans.changed(carrier);
        }
    }

    /** The courier's parcels still to deliver, in the planned order. */
    public List<Consignment> route(String carrier, String courier) {
        return em.createQuery("select c from Consignment c where c.carrier = :carrier and c.courier = :courier "
                        + "and c.state = :routed order by c.stop", Consignment.class)
                .setParameter("carrier", carrier).setParameter("courier", courier)
                .setParameter("routed", ConsignmentState.ROUTED).getResultList();
    }

    /**
     * Opens the compartment of the courier's next parcel at this locker: the first routed parcel whose compartment is
     * held for it (a delivery's, empty) or holds it (a collection's) and is not open or opening already. Empty when
     * the courier has nothing (more) for this locker. Each is read again under its lock (a re-plan may have moved it
     * to a colleague meanwhile); one whose hold has ended is left to the next plan (a collection whose parcel is gone
     * is called off).
     */
    public Optional<Opened> openNext(String carrier, String courier, String courierSubject, String locker) {
        for (Consignment c : route(carrier, courier)) {
            if (!locker.equals(c.locker())) {
                continue;
            }
            em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
            if (c.state() != ConsignmentState.ROUTED || !courier.equals(c.courier())
                    || !locker.equals(c.locker()) || !carrier.equals(c.carrier())) {
                continue;
            }
            Reservation reservation = reservations.get(c.reservation(), c.retailer());
            if (reservation.state() != (c.collection() ? ReservationState.DEPOSITED : ReservationState.RESERVED)) {
                if (c.collection()) {
                    c.failed("no longer in its compartment (" + reservation.state() + ")");
                }
                replans.changed(carrier);
                continue;
            }
            String compartment = reservations.compartmentName(reservation);
            if (busy(lockers.compartment(locker, compartment))) {
                continue;
            }
            Impulse impulse = impulses.open(new ImpulseRequest(locker, compartment, c.retailer(), courierSubject,
                    Consignment.courierChannel(carrier), reservation.id(), c.collection() ? ImpulseRequest.Purpose.RETRIEVE
                    : ImpulseRequest.Purpose.DEPOSIT));
            return Optional.of(new Opened(c, compartment, impulse));
        }
        return Optional.empty();
    }

    /**
     * The courier is at a stop of its route: its position is the locker's (the ETAs of the stops ahead follow from here).
     * False when no parcel of the courier's is routed to this locker.
     */
    public boolean arrived(String carrier, String courier, String locker) {
        if (route(carrier, courier).stream().noneMatch(c -> locker.equals(c.locker()))) {
            return false;
        }
        Locker at = lockers.get(locker);
        moved(carrier, courier, at.site().latitude(), at.site().longitude(), clock.instant());
        return true;
    }

    /** The parcels the courier put in or took out today, newest first. */
    public List<Consignment> doneToday(String carrier, String courier) {
        Instant dayStart = clock.instant().atZone(settings.zone()).toLocalDate().atStartOfDay(settings.zone())
                .toInstant();
        return em.createQuery("select c from Consignment c where c.carrier = :carrier and c.courier = :courier "
                        + "and ((c.state = :deposited and c.depositedAt >= :start) "
                        + "or (c.state = :collected and c.collectedAt >= :start)) "
                        + "order by coalesce(c.collectedAt, c.depositedAt) desc", Consignment.class)
                .setParameter("carrier", carrier).setParameter("courier", courier).setParameter("start", dayStart)
                .setParameter("deposited", ConsignmentState.DEPOSITED)
                .setParameter("collected", ConsignmentState.COLLECTED).setMaxResults(200).getResultList();
    }

    /** When the carrier's routes were last planned (null before the first plan). */
    public Instant plannedAt(String carrier) {
        CarrierPlan plan = em.find(CarrierPlan.class, carrier);
        return plan == null ? null : plan.plannedAt();
    }

    /** Open, or an impulse on its way to it: the courier is at it already. */
    private boolean busy(Compartment compartment) {
        return compartment.state() == CompartmentState.OPEN || (compartment.liveImpulse() != null
                && compartment.liveUntil() != null && compartment.liveUntil().isAfter(clock.instant()));
    }

    /**
     * The courier could not deliver (or collect) this parcel; the retailer sees why, and the routes are planned again.
     * A delivery's compartment is given up; a parcel to collect stays where it is.
     */
    public Consignment fail(String carrier, String courier, String consignmentId, String reason) {
        Consignment c = em.find(Consignment.class, consignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.carrier().equals(carrier) || !courier.equals(c.courier())
                || c.state() != ConsignmentState.ROUTED) {
            throw new UnknownConsignmentException(consignmentId);
        }
        if (c.reservation() != null && reservations.get(c.reservation(), c.retailer()).state()
                == ReservationState.RESERVED) {
            reservations.cancel(c.reservation(), c.retailer());
        }
        c.failed(reason);
        replans.changed(carrier);
        return c;
    }

    /** A compartment opened for a courier's parcel. */
    public record Opened(Consignment consignment, String compartment, Impulse impulse) {
    }
}
