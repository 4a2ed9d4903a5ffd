package io.lockernet.core.device.boundary;

import io.lockernet.api.core.DeviceEventView;
import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.locker.control.UnknownLockerException;
import io.lockernet.core.locker.entity.Locker;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * What happened at one locker lately, newest first, for an operator looking at it: the frames it sent (as recorded,
 * exactly once each) and the impulses sent to it. Both read by their locker's index, so a busy fleet costs nothing.
 */
@Stateless
public class LockerActivity {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** The locker's latest device events, by its sequence numbers. */
    public List<DeviceEventView> events(String locker, int limit) {
        known(locker);
        return em.createQuery("select e.locker, e.seq, e.type, e.compartment, e.impulse, e.occurredAt, e.receivedAt "
                        + "from DeviceEvent e where e.locker = :locker order by e.seq desc", Object[].class)
                .setParameter("locker", locker).setMaxResults(limit).getResultStream()
                .map(e -> new DeviceEventView((String) e[0], (Long) e[1], (String) e[2], (String) e[3],
                        (String) e[4], (Instant) e[5], (Instant) e[6])).toList();
    }

    /** The impulses last asked of the locker. */
    public List<Impulse> impulses(String locker, int limit) {
        known(locker);
        return em.createQuery("select i from Impulse i where i.locker = :locker order by i.requestedAt desc",
                Impulse.class).setParameter("locker", locker).setMaxResults(limit).getResultList();
    }

    private void known(String locker) {
        if (em.find(Locker.class, locker) == null) {
            throw new UnknownLockerException(locker);
        }
    }
}
