package io.lockernet.core.audit.boundary;

import io.lockernet.core.audit.entity.OperatorAction;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The operators' audit log: written once per request, after its answer is known; read newest first. */
@Stateless
public class AuditLog {

    /** Longer targets are cut: a path with its query is at most this long in the log. */
    static final int TARGET_LENGTH = 300;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    /** In a transaction of its own: a refused or failed request is logged all the same. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String actor, String permission, String method, String target, int status) {
        String cut = target.length() > TARGET_LENGTH ? target.substring(0, TARGET_LENGTH) : target;
        em.persist(new OperatorAction(clock.instant(), cut(actor, 120), cut(permission, 40), cut(method, 10), cut,
                status));
    }

    /** The latest actions, newest first; of one actor only when {@code actor} is not null. */
    public List<OperatorAction> latest(String actor, int limit) {
        // two queries rather than ":actor is null or …": PostgreSQL cannot type a parameter compared only with null
        var query = actor == null
                ? em.createQuery("select a from OperatorAction a order by a.at desc, a.id desc", OperatorAction.class)
                : em.createQuery("select a from OperatorAction a where a.actor = :actor order by a.at desc, a.id desc",
                        OperatorAction.class).setParameter("actor", actor);
        return query.setMaxResults(limit).getResultList();
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
