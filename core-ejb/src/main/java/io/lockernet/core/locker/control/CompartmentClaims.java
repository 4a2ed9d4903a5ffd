package io.lockernet.core.locker.control;

import io.lockernet.core.locker.entity.Compartment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Who holds a compartment. A claim is one conditional UPDATE: of two transactions claiming the same compartment, the
 * database lets exactly one change the row, on one node or many. A claim lapses at {@code until}, so an impulse that
 * never came back cannot block a compartment for ever.
 */
@ApplicationScoped
public class CompartmentClaims {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** Claims the compartment for the impulse; false when another live impulse holds it. */
    public boolean claim(Compartment compartment, String impulse, Instant until, Instant now) {
        int changed = em.createQuery("update Compartment c set c.liveImpulse = :impulse, c.liveUntil = :until "
                        + "where c.id = :id and (c.liveImpulse is null or c.liveUntil < :now)")
                .setParameter("impulse", impulse)
                .setParameter("until", until)
                .setParameter("id", compartment.id())
                .setParameter("now", now)
                .executeUpdate();
        return changed == 1;
    }

    /** Keeps the claim of a live impulse longer (a door that is open stays claimed until it closes). */
    public void extend(String impulse, Instant until) {
        em.createQuery("update Compartment c set c.liveUntil = :until where c.liveImpulse = :impulse")
                .setParameter("until", until)
                .setParameter("impulse", impulse)
                .executeUpdate();
    }

    /** Ends the claim of an impulse that is over; does nothing if the impulse holds no claim. */
    public void release(String impulse) {
        em.createQuery("update Compartment c set c.liveImpulse = null, c.liveUntil = null "
                        + "where c.liveImpulse = :impulse")
                .setParameter("impulse", impulse)
                .executeUpdate();
    }
}
