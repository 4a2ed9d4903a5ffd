package io.lockernet.core.locker.boundary;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.core.locker.control.LinkCommands;
import io.lockernet.core.locker.control.LockerAccounts;
import io.lockernet.core.locker.control.UnknownLockerException;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.CompartmentState;
import io.lockernet.core.locker.entity.Locker;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Takes a locker out of the fleet for good: refused while anything is under way at it (a parcel reserved for or lying
 * in a compartment, an impulse on its way to a lock), since a customer or a courier would be left in front of a door
 * no one can open. Otherwise no retailer may use it any more, no Shepherd admits it, its live link is ended and its
 * Keycloak client removed. Its row and its history (impulses, readings, outages, alarms) stay; entering it again
 * ({@link Lockers#register}) puts it back.
 */
@Stateless
public class LockerDecommissioning {

    private static final Logger LOG = Logger.getLogger(LockerDecommissioning.class.getName());
    private static final Set<CompartmentState> HOLDING = Set.of(CompartmentState.RESERVED, CompartmentState.OCCUPIED,
            CompartmentState.OPEN);

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    LockerAccounts accounts;

    @Inject
    LinkCommands commands;

    @Inject
    Clock clock;

    /**
     * Decommissions the locker. An unknown one, or one decommissioned already, is an {@link UnknownLockerException}.
     * Keycloak is asked last: if it fails, the transaction rolls back and nothing has changed (the release sent to the
     * Shepherd joins the transaction too), so asking again finishes the job.
     */
    public void decommission(String lockerId, String by) {
        Locker locker = em.find(Locker.class, lockerId);
        if (locker == null || locker.decommissioned()) {
            throw new UnknownLockerException(lockerId);
        }
        Instant now = clock.instant();
        List<String> busy = busy(em.createNamedQuery(Compartment.BY_LOCKER, Compartment.class)
                .setParameter("locker", lockerId).getResultList(), now);
        if (!busy.isEmpty()) {
            throw new LockerInUseException(lockerId, busy);
        }
        if (locker.online()) {
            // 4404 rather than 4410: the locker is to wait (30 s at least) rather than reconnect at once, and 4404 is
            // what each Shepherd answers it from now on
            commands.release(lockerId, locker.route(), CloseCodes.UNKNOWN_LOCKER, "decommissioned");
            locker.released(now);
        }
        locker.decommission(now);
        em.flush();
        boolean hadClient = accounts.revoke(lockerId);
        LOG.info(() -> by + " decommissioned " + lockerId + (hadClient ? "; its Keycloak client is removed" : ""));
    }

    /**
     * What holds the locker: each compartment reserved, occupied, open (a roller shutter left up, too) or claimed by a
     * live impulse or a reservation, one line each.
     */
    static List<String> busy(List<Compartment> compartments, Instant now) {
        List<String> busy = new ArrayList<>();
        for (Compartment c : compartments) {
            List<String> why = new ArrayList<>();
            if (HOLDING.contains(c.state())) {
                why.add(c.state().name());
            }
            if (c.liveImpulse() != null && c.liveUntil() != null && c.liveUntil().isAfter(now)) {
                why.add("impulse " + c.liveImpulse() + " under way");
            } else if (c.reservation() != null && !HOLDING.contains(c.state())) {
                why.add("held by reservation " + c.reservation());
            }
            if (!why.isEmpty()) {
                busy.add(c.name() + " (" + String.join(", ", why) + ")");
            }
        }
        return busy;
    }

    /** The locker has active reservations or impulses; the message names the compartments. */
    @ApplicationException(rollback = true)
    public static class LockerInUseException extends RuntimeException {

        private final List<String> compartments;

        public LockerInUseException(String locker, List<String> compartments) {
            super("Locker " + locker + " is in use: " + String.join(", ", compartments) + ". Decommission it once its "
                    + "parcels are picked up or its reservations cancelled or expired, and no door is being opened.");
            this.compartments = List.copyOf(compartments);
        }

        /** One line per compartment in use: "A1 (OCCUPIED)", "B2 (impulse … under way)". */
        public List<String> compartments() {
            return compartments;
        }
    }
}
