package io.lockernet.core.reservation.control;

import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.AlarmKind;
import io.lockernet.core.reservation.entity.CodeEntryGuard;
import io.lockernet.core.reservation.entity.CodeFailure;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps guessers off the keypads. Wrong codes are counted over a window that slides with every entry
 * ({@code lockernet.code.window-minutes}, default 15): {@code lockernet.code.max-failures} (default 5) at one locker lock
 * its keypad for {@code lockernet.code.lockout-minutes} (default 15) and raise a CODE_GUESSING alarm; a right code
 * does not wipe the count, so a guesser who knows one code cannot reset the others' failures with it. Guessing spread
 * thin over many lockers is seen too: {@code lockernet.code.network-max-failures} (default 50) wrong codes in the
 * network within the window raise a CODE_GUESSING alarm about the network (no lockout: it would shut out every
 * customer).
 */
@ApplicationScoped
public class KeypadGuard {

    static final String NETWORK = "the whole network";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @EJB
    Alarms alarms;

    @Inject
    @ConfigProperty(name = "lockernet.code.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "lockernet.code.window-minutes", defaultValue = "15")
    long windowMinutes;

    @Inject
    @ConfigProperty(name = "lockernet.code.lockout-minutes", defaultValue = "15")
    long lockoutMinutes;

    @Inject
    @ConfigProperty(name = "lockernet.code.network-max-failures", defaultValue = "50")
    long networkMaxFailures;

    /** The locker's guard, locked for this transaction: code entries at one locker are judged one at a time. */
    public CodeEntryGuard guard(String locker) {
        CodeEntryGuard guard = em.find(CodeEntryGuard.class, locker, LockModeType.PESSIMISTIC_WRITE);
        if (guard == null) {
            guard = new CodeEntryGuard(locker);
            em.persist(guard);
            em.flush();
        }
        return guard;
    }

    /** Counts a wrong code at the guarded locker; locks its keypad out when it is one too many. */
    public void failed(CodeEntryGuard guard, String locker, Instant now) {
        Instant windowStart = now.minus(Duration.ofMinutes(windowMinutes));
        em.createQuery("delete from CodeFailure f where f.failedAt < :start").setParameter("start", windowStart)
                .executeUpdate();
        em.persist(new CodeFailure(locker, now));
        em.flush();
        long atLocker = em.createQuery("select count(f) from CodeFailure f where f.locker = :locker "
                        + "and f.failedAt >= :start", Long.class)
                .setParameter("locker", locker).setParameter("start", windowStart).getSingleResult();
        if (atLocker >= maxFailures) {
            guard.lockUntil(now.plus(Duration.ofMinutes(lockoutMinutes)));
            alarms.raise(AlarmKind.CODE_GUESSING, locker, null, atLocker + " wrong codes within " + windowMinutes
                    + " min on " + locker + "; keypad locked until " + guard.lockedUntil());
        }
        long inNetwork = em.createQuery("select count(f) from CodeFailure f where f.failedAt >= :start", Long.class)
                .setParameter("start", windowStart).getSingleResult();
        if (inNetwork >= networkMaxFailures) {
            alarms.raiseAbout(AlarmKind.CODE_GUESSING, NETWORK, inNetwork + " wrong codes within " + windowMinutes
                    + " min across the network, the latest on " + locker + ": guessing spread over lockers", 1);
        }
    }

    /**
     * Lifts a locker's lockout, and forgets its wrong codes: an operator has looked into the alarm (a customer locked
     * out by someone else's guessing), so the keypad starts afresh. They leave the network's count too; its alarm,
     * if raised, stays open.
     */
    public void lift(CodeEntryGuard guard, String locker) {
        guard.lockUntil(null);
        em.createQuery("delete from CodeFailure f where f.locker = :locker").setParameter("locker", locker)
                .executeUpdate();
    }
}
