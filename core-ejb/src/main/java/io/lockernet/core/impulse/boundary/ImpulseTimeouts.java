package io.lockernet.core.impulse.boundary;

import io.lockernet.core.impulse.control.ImpulseProgress;
import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.impulse.entity.ImpulseState;
import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends impulses that nobody finished: one the locker did not act on by its deadline is EXPIRED (the locker will not
 * fire it later: it checks the deadline too), one whose lock fired but whose door was not seen open in time FAILED.
 * Either way its compartment is free again. Runs every five seconds; ending an impulse twice changes nothing.
 */
@Singleton
@DependsOn("CoreSchema") // its timers tick once the Core's schema is migrated, not during the first deployment
public class ImpulseTimeouts {

    private static final Logger LOG = Logger.getLogger(ImpulseTimeouts.class.getName());
    /** Reports that were on their way at the deadline still count. */
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final int BATCH = 200;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    ImpulseProgress progress;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lockernet.impulse.door-timeout-seconds", defaultValue = "10")
    long doorTimeoutSeconds;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "impulse timeouts")
    public void endOverdueImpulses() {
        Instant now = clock.instant();
        for (Impulse impulse : overdue("i.state in :states and i.deadline < :before",
                List.of(ImpulseState.SENT, ImpulseState.DELIVERED), now.minus(GRACE))) {
            progress.advance(impulse.locker(), impulse.id(), ImpulseState.EXPIRED, now,
                    "expired: the locker did not fire the lock by the deadline " + impulse.deadline());
        }
        Duration doorTimeout = Duration.ofSeconds(doorTimeoutSeconds);
        for (Impulse impulse : overdue("i.state in :states and i.lockFiredAt < :before",
                List.of(ImpulseState.LOCK_FIRED), now.minus(doorTimeout))) {
            progress.advance(impulse.locker(), impulse.id(), ImpulseState.FAILED, now,
                    "failed: the lock fired but the door was not seen open within " + doorTimeout.toSeconds() + " s");
        }
    }

    private List<Impulse> overdue(String condition, List<ImpulseState> states, Instant before) {
        List<Impulse> found = em.createQuery("select i from Impulse i where " + condition, Impulse.class)
                .setParameter("states", states)
                .setParameter("before", before)
                .setMaxResults(BATCH)
                .getResultList();
        if (!found.isEmpty()) {
            LOG.info(() -> found.size() + " overdue impulse(s) in " + states);
        }
        return found;
    }
}
