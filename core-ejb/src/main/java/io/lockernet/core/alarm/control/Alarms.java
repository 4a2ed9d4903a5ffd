package io.lockernet.core.alarm.control;

import io.lockernet.core.alarm.entity.Alarm;
import io.lockernet.core.alarm.entity.AlarmKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Raises alarms. An alarm is written in its own transaction: it must survive when the request that caused it is
 * refused and rolled back.
 */
@Stateless
public class Alarms {

    private static final Logger LOG = Logger.getLogger(Alarms.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void raise(AlarmKind kind, String locker, String compartment, String detail) {
        LOG.warning(() -> "ALARM " + kind + " locker=" + locker + " compartment=" + compartment + ": " + detail);
        em.persist(new Alarm(kind, locker, compartment, detail, clock.instant()));
    }

    /** Every alarm not yet resolved, newest first. */
    public List<Alarm> open() {
        return em.createQuery("select a from Alarm a where a.resolvedAt is null order by a.raisedAt desc", Alarm.class)
                .setMaxResults(200)
                .getResultList();
    }

    public List<Alarm> open(String locker) {
        return em.createQuery("select a from Alarm a where a.locker = :locker and a.resolvedAt is null "
                        + "order by a.raisedAt desc", Alarm.class)
                .setParameter("locker", locker)
                .getResultList();
    }
}
