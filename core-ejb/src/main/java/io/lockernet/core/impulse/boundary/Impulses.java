package io.lockernet.core.impulse.boundary;

import io.lockernet.core.impulse.control.CloseRefusedException;
import io.lockernet.core.impulse.control.CommandDispatch;
import io.lockernet.core.impulse.control.CompartmentHolds;
import io.lockernet.core.impulse.control.StateBroadcast;
import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.impulse.entity.ImpulseRequest;
import io.lockernet.core.impulse.entity.ImpulseState;
import io.lockernet.core.locker.boundary.Lockers;
import io.lockernet.core.locker.control.CompartmentClaims;
import io.lockernet.core.locker.control.OutOfScopeException;
import io.lockernet.core.locker.control.RetailerScope;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.CompartmentState;
import io.lockernet.core.locker.entity.Locker;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asking for a compartment to open. The impulse is recorded, the compartment claimed and the command queued for the
 * locker's Shepherd in one transaction; a refusal is recorded too, with its reason.
 */
@Stateless
public class Impulses {

    /** A fired lock may take a moment to show an open door; the claim outlives the deadline by this much. */
    private static final Duration CLAIM_GRACE = Duration.ofSeconds(30);
    /** An impulse's shutter is up, or on its way up: sent to the locker, fired, or seen open. */
    private static final Set<ImpulseState> SHUTTER_UP = Set.of(ImpulseState.DELIVERED, ImpulseState.LOCK_FIRED,
            ImpulseState.DOOR_OPEN);

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @EJB
    Lockers lockers;

    @Inject
    CompartmentClaims claims;

    @Inject
    RetailerScope scope;

    @Inject
    CompartmentHolds holds;

    @Inject
    CommandDispatch dispatch;

    @Inject
    StateBroadcast broadcast;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lockernet.impulse.deadline-seconds", defaultValue = "15")
    long deadlineSeconds;

    /**
     * Records and sends an open impulse. Returns it SENT, or REFUSED with the reason when the compartment is busy,
     * out of service, held by another reservation, or its locker offline.
     *
     * @throws OutOfScopeException when the retailer may not use the locker (an alarm is raised as well)
     */
    public Impulse open(ImpulseRequest request) {
        Locker locker = lockers.get(request.locker());
        if (!holds.handsOutWhatItHolds(request)) {
            scope.check(request.retailer(), locker, request.compartment(), request.requestedVia(), "open");
        }
        Compartment compartment = lockers.compartment(request.locker(), request.compartment());
        Instant now = clock.instant();
        Impulse impulse = new Impulse(request, now, now.plusSeconds(deadlineSeconds));
        em.persist(impulse);
        Optional<String> refusal = holds.refusal(request, compartment)
                .or(() -> refusal(locker, compartment, impulse, now));
        if (refusal.isPresent()) {
            impulse.moveTo(ImpulseState.REFUSED, now, refusal.get());
        } else {
            dispatch.send(impulse, locker.route());
            impulse.moveTo(ImpulseState.SENT, now, null);
        }
        broadcast.impulseChanged(impulse);
        return impulse;
    }

    /**
     * The roller shutters a retailer raised at a locker and has not closed yet: its impulses there whose shutter is up
     * (or on its way up), newest first; what a store employee may close from the staff app.
     */
    public List<Impulse> raisedShutters(String retailer, String locker) {
        return em.createQuery("select i from Impulse i where i.retailer = :retailer and i.locker = :locker "
                        + "and i.state in :up and exists (select c from Compartment c where c.locker = i.locker "
                        + "and c.name = i.compartment and c.special = 'ROLLER_SHUTTER') order by i.requestedAt desc",
                        Impulse.class)
                .setParameter("retailer", retailer).setParameter("locker", locker).setParameter("up", SHUTTER_UP)
                .setMaxResults(100).getResultList();
    }

    /**
     * Lowers the roller shutter an impulse raised: a {@code close} command with the impulse's id, whose
     * {@code door closed} ends the impulse as a hand-closed door ends an open one. Only for a roller-shutter
     * compartment of an online locker, and an impulse whose shutter is up (or on its way up).
     *
     * @throws CloseRefusedException otherwise, saying why
     */
    public Impulse close(Impulse impulse) {
        Locker locker = lockers.get(impulse.locker());
        Compartment compartment = lockers.compartment(impulse.locker(), impulse.compartment());
        if (!"ROLLER_SHUTTER".equals(compartment.special())) {
            throw new CloseRefusedException("compartment " + compartment.name() + " of " + locker.id()
                    + " has no roller shutter: its door is closed by hand");
        }
        if (!SHUTTER_UP.contains(impulse.state())) {
            throw new CloseRefusedException("impulse " + impulse.id() + " is " + impulse.state()
                    + ": its shutter is not up");
        }
        if (!locker.online()) {
            throw new CloseRefusedException("offline: locker " + locker.id() + " is not connected");
        }
        dispatch.sendClose(impulse, locker.route(), clock.instant().plusSeconds(deadlineSeconds));
        return impulse;
    }

    public Optional<Impulse> find(String id) {
        return Optional.ofNullable(em.find(Impulse.class, id));
    }

    private Optional<String> refusal(Locker locker, Compartment compartment, Impulse impulse, Instant now) {
        if (compartment.state() == CompartmentState.OUT_OF_SERVICE) {
            return Optional.of("out of service: compartment " + compartment.name() + " of locker " + locker.id());
        }
        if (!locker.online()) {
            return Optional.of("offline: locker " + locker.id() + " is not connected (last seen "
                    + locker.lastSeen() + ")");
        }
        if (!claims.claim(compartment, impulse.id(), impulse.deadline().plus(CLAIM_GRACE), now)) {
            return Optional.of("conflict: compartment " + compartment.name() + " of locker " + locker.id()
                    + " already has a live impulse");
        }
        return Optional.empty();
    }
}
