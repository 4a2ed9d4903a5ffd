package io.lockernet.core.alarm.control;

import io.lockernet.core.alarm.entity.Alarm;
import io.lockernet.core.alarm.entity.AlarmEntry;
import io.lockernet.core.alarm.entity.AlarmKind;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Raises alarms, one open alarm per problem: the same kind for the same subject while it is open is counted on it,
 * not raised again, so that a flood of one problem (a client hammering with a forged token) stays one line for the
 * operators and never buries another (a person shut in). An alarm is written in its own transaction: it must survive
 * when the request that caused it is refused and rolled back.
 */
@Stateless
public class Alarms {

    private static final Logger LOG = Logger.getLogger(Alarms.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    Event<AlarmRaised> raised;

    /** Raises an alarm about a locker (and a compartment, if it concerns one), or counts it on the open one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void raise(AlarmKind kind, String locker, String compartment, String detail) {
        raise(kind, locker, compartment, null, detail);
    }

    /**
     * As {@link #raise(AlarmKind, String, String, String)}, naming who caused it ({@code subject}: the client that
     * reached beyond its scope), which an operator may isolate.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void raise(AlarmKind kind, String locker, String compartment, String subject, String detail) {
        boolean opened = recordOnce(kind, locker, compartment, subject, detail, 1);
        log(opened, () -> "ALARM " + kind + " locker=" + locker + " compartment=" + compartment
                + (subject == null ? "" : " by " + subject) + ": " + detail);
    }

    /**
     * Raises an alarm about something other than a locker (a deployment and a caller it refused), or counts
     * {@code times} more on the open one.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void raiseAbout(AlarmKind kind, String subject, String detail, long times) {
        boolean opened = recordOnce(kind, null, null, subject, detail, times);
        log(opened, () -> "ALARM " + kind + " about " + subject + ": " + detail + (times > 1 ? " (" + times + "×)" : ""));
    }

    /**
     * An alarm opened is logged as a warning; counting on an open one only at FINE: a flood (forged messages, refused
     * callers) is one line in the log, as it is one alarm, not a line per occurrence.
     */
    private static void log(boolean opened, java.util.function.Supplier<String> line) {
        LOG.log(opened ? java.util.logging.Level.WARNING : java.util.logging.Level.FINE, line);
    }

    /**
     * Two raises of a new problem at the same moment both try to insert; the unique open key lets one win, and the
     * other, tried again, counts on it.
     */
    private boolean recordOnce(AlarmKind kind, String locker, String compartment, String subject, String detail,
                               long times) {
        Alarms self = context.getBusinessObject(Alarms.class);
        try {
            return self.record(kind, locker, compartment, subject, detail, times);
        } catch (EJBException raisedAtTheSameMoment) {
            return self.record(kind, locker, compartment, subject, detail, times);
        }
    }

    /** Public only so that its own transaction applies when called through the bean; callers use the raise methods. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean record(AlarmKind kind, String locker, String compartment, String subject, String detail,
                          long times) {
        int counted = em.createQuery("update Alarm a set a.times = a.times + :times, a.lastRaisedAt = :now "
                        + "where a.openKey = :key")
                .setParameter("times", times)
                .setParameter("now", clock.instant())
                .setParameter("key", Alarm.openKey(kind, locker, compartment, subject))
                .executeUpdate();
        if (counted == 0) {
            Alarm alarm = new Alarm(kind, locker, compartment, subject, detail, times, clock.instant());
            em.persist(alarm);
            em.flush();
            raised.fire(new AlarmRaised(alarm));
        }
        return counted == 0;
    }

    /**
     * Resolves an open alarm with the reason; the next alarm of its kind and subject is a new one. Empty if there is
     * no such alarm; one already resolved stays as it was.
     */
    public Optional<Alarm> resolve(long id, String by, String resolution) {
        Alarm alarm = em.find(Alarm.class, id);
        if (alarm == null) {
            return Optional.empty();
        }
        if (alarm.open()) {
            alarm.resolve(by, resolution, clock.instant());
            note(alarm, by, AlarmEntry.Action.RESOLVED, resolution);
        }
        return Optional.of(alarm);
    }

    /** Someone is on it: the alarm shows who and since when (the first acknowledgement counts). */
    public Optional<Alarm> acknowledge(long id, String by) {
        return openOne(id).map(alarm -> {
            if (alarm.acknowledgedAt() == null) {
                alarm.acknowledge(by, clock.instant());
                note(alarm, by, AlarmEntry.Action.ACKNOWLEDGED, null);
            }
            return alarm;
        });
    }

    /** Gives the alarm to an operator (null: to nobody); assigning acknowledges it too. */
    public Optional<Alarm> assign(long id, String assignee, String by) {
        return openOne(id).map(alarm -> {
            alarm.acknowledge(by, clock.instant());
            alarm.assign(assignee);
            note(alarm, by, AlarmEntry.Action.ASSIGNED, assignee == null ? "to nobody" : "to " + assignee);
            return alarm;
        });
    }

    /** A comment in the alarm's history; also on a resolved alarm (what was found afterwards). */
    public Optional<Alarm> comment(long id, String text, String by) {
        return find(id).map(alarm -> {
            note(alarm, by, AlarmEntry.Action.COMMENTED, text);
            return alarm;
        });
    }

    /** What isolating an alarm suspends: the client that reached beyond its scope, or the locker it is about. */
    public record Isolatable(String client, String locker) {
    }

    /**
     * Whom an open alarm offers to isolate: for an attempt beyond a retailer's scope ({@link AlarmKind#OUT_OF_SCOPE})
     * the client that made it, never the locker it reached for; for any other alarm about a locker, that locker.
     *
     * @throws AlarmStateException when the alarm is resolved or names nobody to isolate
     */
    public Optional<Isolatable> toIsolate(long id) {
        return openOne(id).map(alarm -> {
            if (alarm.kind() == AlarmKind.OUT_OF_SCOPE) {
                if (alarm.subject() == null) {
                    throw new AlarmStateException("alarm " + id + " does not name the client that made the attempt");
                }
                return new Isolatable(alarm.subject(), null);
            }
            if (alarm.locker() == null) {
                throw new AlarmStateException("alarm " + id + " concerns no locker; nothing to isolate");
            }
            return new Isolatable(null, alarm.locker());
        });
    }

    /** Records in the alarm's history whom an operator isolated, and how; isolating acknowledges it. */
    public Optional<Alarm> isolated(long id, String by, String how) {
        return openOne(id).map(alarm -> {
            alarm.acknowledge(by, clock.instant());
            note(alarm, by, AlarmEntry.Action.ISOLATED, how);
            return alarm;
        });
    }

    /** The alarm's history, oldest first. */
    public List<AlarmEntry> history(long id) {
        return em.createQuery("select e from AlarmEntry e where e.alarm = :alarm order by e.at, e.id", AlarmEntry.class)
                .setParameter("alarm", id).getResultList();
    }

    /** The latest resolved alarms, newest first, for the history of the alarms page. */
    public List<Alarm> resolved(int max) {
        return em.createQuery("select a from Alarm a where a.resolvedAt is not null order by a.resolvedAt desc",
                Alarm.class).setMaxResults(max).getResultList();
    }

    private Optional<Alarm> openOne(long id) {
        Alarm alarm = em.find(Alarm.class, id);
        if (alarm != null && !alarm.open()) {
            throw new AlarmStateException("alarm " + id + " is resolved; a comment may still be added");
        }
        return Optional.ofNullable(alarm);
    }

    private void note(Alarm alarm, String by, AlarmEntry.Action action, String text) {
        em.persist(new AlarmEntry(alarm.id(), clock.instant(), by, action, text));
    }

    public Optional<Alarm> find(long id) {
        return Optional.ofNullable(em.find(Alarm.class, id));
    }

    /** Every alarm not yet resolved: anyone possibly shut in first, then the most recently raised. */
    public List<Alarm> open() {
        return em.createQuery("select a from Alarm a where a.resolvedAt is null order by "
                        + "case when a.kind = :personInside then 0 else 1 end, coalesce(a.lastRaisedAt, a.raisedAt) desc",
                        Alarm.class)
                .setParameter("personInside", AlarmKind.PERSON_INSIDE)
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
