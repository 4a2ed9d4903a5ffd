package io.lockernet.core.impulse.control;

import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.impulse.entity.ImpulseState;
import io.lockernet.core.locker.control.CompartmentClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Moves an impulse along its life as reports come back from the locker, keeps the compartment's claim in step, and
 * broadcasts each change. A report that does not move the impulse forward changes nothing.
 */
@ApplicationScoped
public class ImpulseProgress {

    private static final Logger LOG = Logger.getLogger(ImpulseProgress.class.getName());
    /** How long an opened door keeps its compartment claimed while waiting for the close. */
    static final Duration OPEN_DOOR_CLAIM = Duration.ofMinutes(30);

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    CompartmentClaims claims;

    @Inject
    StateBroadcast broadcast;

    @Inject
    CompartmentHolds holds;

    /**
     * Returns the impulse if it moved; empty when it is unknown, belongs to another locker, or the report was stale
     * or repeated.
     */
    public Optional<Impulse> advance(String locker, String impulseId, ImpulseState next, Instant at, String reason) {
        Impulse impulse = em.find(Impulse.class, impulseId, LockModeType.PESSIMISTIC_WRITE);
        if (impulse == null || !impulse.locker().equals(locker)) {
            LOG.warning(() -> "locker " + locker + " reported " + next + " for impulse " + impulseId
                    + ", which is not one of its impulses");
            return Optional.empty();
        }
        if (!impulse.moveTo(next, at, reason)) {
            LOG.fine(() -> "impulse " + impulseId + " stays " + impulse.state() + " (report " + next + ")");
            return Optional.empty();
        }
        if (next == ImpulseState.EXPIRED || next == ImpulseState.FAILED) {
            holds.impulseEndedUnopened(impulse);
        }
        if (next.isFinal()) {
            claims.release(impulseId);
        } else if (next == ImpulseState.DOOR_OPEN) {
            claims.extend(impulseId, at.plus(OPEN_DOOR_CLAIM));
        }
        broadcast.impulseChanged(impulse);
        LOG.fine(() -> "impulse " + impulseId + " is " + next);
        return Optional.of(impulse);
    }
}
