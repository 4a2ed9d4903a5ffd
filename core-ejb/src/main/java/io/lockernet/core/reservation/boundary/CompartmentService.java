package io.lockernet.core.reservation.boundary;

import io.lockernet.core.impulse.control.StateBroadcast;
import io.lockernet.core.locker.boundary.Lockers;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.CompartmentState;
import io.lockernet.core.reservation.control.CompartmentServiceChanged;
import io.lockernet.core.reservation.control.ReservationHolds;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Operators take a compartment out of service (a broken hinge, a jammed lock) and put it back. Out of service, it is
 * offered for no reservation and opened by no impulse; a parcel already in it stays reserved to its customer. Back in
 * service, it takes the state its hold says. Every app sees the change at once, and the retailers that use the locker
 * are told (a callback).
 */
@Stateless
public class CompartmentService {

    private static final Logger LOG = Logger.getLogger(CompartmentService.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @EJB
    Lockers lockers;

    @Inject
    ReservationHolds holds;

    @Inject
    StateBroadcast broadcast;

    @Inject
    Event<CompartmentServiceChanged> changed;

    @Inject
    Clock clock;

    /** Takes it out of service ({@code note} says why) or puts it back; nothing changes when it is so already. */
    public Compartment change(String locker, String name, boolean inService, String note, String operator) {
        Compartment compartment = lockers.compartment(locker, name);
        em.lock(compartment, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(compartment);
        boolean outNow = compartment.state() == CompartmentState.OUT_OF_SERVICE;
        if (inService == !outNow) {
            return compartment;
        }
        if (inService) {
            compartment.returnToService();
            if (compartment.state() != CompartmentState.OPEN) {
                holds.settle(compartment);
            }
        } else {
            compartment.takeOutOfService(note);
        }
        Instant now = clock.instant();
        changed.fire(new CompartmentServiceChanged(locker, name, inService, inService ? null : note,
                compartment.state().name(), now));
        broadcast.compartmentChanged(compartment);
        LOG.info(() -> "operator " + operator + (inService ? " put " : " took ") + locker + "/" + name
                + (inService ? " back in service" : " out of service: " + note));
        return compartment;
    }
}
