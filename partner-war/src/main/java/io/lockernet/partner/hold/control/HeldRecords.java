package io.lockernet.partner.hold.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queries every kind of hold needs, on its own entity: one with an {@code id}, a {@code state} and an embedded
 * {@link io.lockernet.partner.hold.entity.Hold} named {@code hold}. The entity's name comes from its class, never from
 * a caller's input.
 *
 * @param open     the kind's states of a hold not yet ended
 * @param codeDue  the kind's state in which its code is mailed (a parcel once deposited, a return at once)
 */
public record HeldRecords<T>(EntityManager em, Class<T> type, Collection<?> open, Object codeDue) {

    private String from() {
        return " from " + type.getSimpleName() + " e ";
    }

    public List<Map.Entry<Long, String>> openAfter(long afterId) {
        return em.createQuery("select e.id, e.hold.reservation" + from() + "where e.state in :states and e.id > :after "
                        + "order by e.id", Object[].class).setParameter("states", open).setParameter("after", afterId)
                .setMaxResults(500).getResultStream().map(row -> Map.entry((Long) row[0], (String) row[1])).toList();
    }

    public List<String> openAt(String locker, String compartment) {
        return em.createQuery("select e.hold.reservation" + from() + "where e.hold.locker = :locker "
                        + "and e.hold.compartment = :compartment and e.state in :states", String.class)
                .setParameter("locker", locker).setParameter("compartment", compartment).setParameter("states", open)
                .getResultList();
    }

    public Optional<T> byReservation(String reservation, LockModeType lock) {
        return em.createQuery("select e" + from() + "where e.hold.reservation = :r", type)
                .setParameter("r", reservation).setLockMode(lock).getResultStream().findFirst();
    }

    public List<String> codesToSend() {
        return em.createQuery("select e.hold.reservation" + from() + "where e.state = :due "
                        + "and e.hold.codeSentAt is null and e.hold.code is not null order by e.id", String.class)
                .setParameter("due", codeDue).setMaxResults(100).getResultList();
    }

    /** Marks the code as being sent, unless that was done already: true when this caller claimed it. */
    public boolean claimCode(String reservation) {
        return em.createQuery("update " + type.getSimpleName() + " e set e.hold.codeSentAt = :now "
                        + "where e.hold.reservation = :r and e.hold.codeSentAt is null and e.hold.code is not null")
                .setParameter("now", Instant.now()).setParameter("r", reservation).executeUpdate() > 0;
    }

    public void codeNotSent(String reservation) {
        em.createQuery("update " + type.getSimpleName() + " e set e.hold.codeSentAt = null "
                + "where e.hold.reservation = :r and e.hold.code is not null").setParameter("r", reservation)
                .executeUpdate();
    }
}
