package io.lockernet.core.link.boundary;

import io.lockernet.api.core.LinkHistoryView;
import io.lockernet.api.core.LockerHealthView;
import io.lockernet.api.core.ServiceTicketView;
import io.lockernet.core.link.control.Attention;
import io.lockernet.core.link.control.LinkBroadcast;
import io.lockernet.core.link.control.Outages;
import io.lockernet.core.link.entity.LinkOutage;
import io.lockernet.core.link.entity.LinkRoundTrip;
import io.lockernet.core.link.entity.ServiceTicket;
import io.lockernet.core.locker.control.UnknownLockerException;
import io.lockernet.core.locker.entity.Locker;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The lockers' link health: outages and tickets from the Shepherds' messages, and the operators' view of it. */
@Stateless
public class LinkHealth {

    /** How long the round trips of each report are kept for the charts. */
    static final Duration ROUND_TRIPS_KEPT = Duration.ofDays(7);

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Outages outages;

    @Inject
    Attention attention;

    @Inject
    LinkBroadcast broadcast;

    /** A Shepherd saw the locker's connection end ({@code online=false}) or a new one admitted; consoles hear of it. */
    public void linkChanged(String locker, boolean online, Instant at) {
        if (em.find(Locker.class, locker) == null) {
            return;
        }
        if (online) {
            outages.returned(locker, at);
        } else {
            outages.dropped(locker, at);
        }
        broadcast.linkChanged(locker, online, at);
    }

    /**
     * What a Shepherd measured of a locker's pings; an unknown locker is ignored (it cannot have connected). Kept as
     * the locker's latest and as a point of its history, unless it is not newer than the latest (a redelivered
     * message); the locker's points older than {@link #ROUND_TRIPS_KEPT} go on the same beat (by the index, a few
     * rows at most: one report per locker every few minutes).
     */
    public void roundTrips(String locker, int samples, double p50Ms, double p99Ms, double maxMs, Instant at) {
        Locker found = em.find(Locker.class, locker);
        if (found == null || found.rttMeasuredAt() != null && !at.isAfter(found.rttMeasuredAt())) {
            return;
        }
        found.roundTrips(samples, p50Ms, p99Ms, maxMs, at);
        em.persist(new LinkRoundTrip(locker, at, samples, p50Ms, p99Ms, maxMs));
        em.createNamedQuery(LinkRoundTrip.DELETE_BEFORE).setParameter("locker", locker)
                .setParameter("before", at.minus(ROUND_TRIPS_KEPT)).executeUpdate();
    }

    /** The locker's round trips and outages over the last {@code hours} hours up to {@code now}, oldest first. */
    public LinkHistoryView history(String lockerId, int hours, Instant now) {
        if (em.find(Locker.class, lockerId) == null) {
            throw new UnknownLockerException(lockerId);
        }
        Instant since = now.minus(Duration.ofHours(hours));
        List<LinkHistoryView.RoundTrip> roundTrips = em.createNamedQuery(LinkRoundTrip.SINCE, LinkRoundTrip.class)
                .setParameter("locker", lockerId).setParameter("since", since).getResultStream()
                .map(r -> new LinkHistoryView.RoundTrip(r.measuredAt(), r.p50Ms(), r.p99Ms(), r.maxMs(), r.samples()))
                .toList();
        List<LinkHistoryView.Outage> down = outages.since(lockerId, since).stream()
                .map(o -> new LinkHistoryView.Outage(o.startedAt(), o.endedAt(),
                        o.within(o.startedAt(), now).toSeconds())).toList();
        return new LinkHistoryView(lockerId, hours, roundTrips, down);
    }

    public int closeSteadyTickets(Instant now) {
        return outages.closeSteady(now);
    }

    public LockerHealthView health(String lockerId, Instant now) {
        Locker locker = em.find(Locker.class, lockerId);
        if (locker == null) {
            throw new UnknownLockerException(lockerId);
        }
        Instant dayAgo = now.minus(Duration.ofDays(1));
        List<LinkOutage> day = outages.since(lockerId, dayAgo);
        int count = (int) day.stream().filter(o -> !o.startedAt().isBefore(dayAgo)).count();
        long down = day.stream().mapToLong(o -> o.within(dayAgo, now).toSeconds()).sum();
        Object[] vitals = em.createQuery("select v.temperatureC, v.supplyVoltage, v.batteryPercent, v.signalDbm "
                        + "from VitalsSample v where v.locker = :locker order by v.seq desc", Object[].class)
                .setParameter("locker", lockerId).setMaxResults(1).getResultStream().findFirst()
                .orElse(new Object[4]);
        List<String> flags = attention.flags(new Attention.Figures((Double) vitals[0], (Double) vitals[1],
                (Integer) vitals[2], (Integer) vitals[3], locker.rttP99Ms(), count));
        return new LockerHealthView(lockerId, locker.shepherd(), locker.fallbackShepherd(),
                locker.connectedVia(), locker.online(), locker.lastSeen(), count, down,
                locker.rttSamples(), locker.rttP50Ms(), locker.rttP99Ms(), locker.rttMaxMs(), locker.rttMeasuredAt(),
                flags, em.createQuery("select t from ServiceTicket t where t.locker = :locker and t.closedAt is null "
                        + "order by t.openedAt", ServiceTicket.class).setParameter("locker", lockerId)
                        .getResultStream().map(t -> Tickets.view(t, null)).toList());
    }

    public List<ServiceTicketView> tickets(boolean openOnly) {
        return em.createQuery("select t from ServiceTicket t" + (openOnly ? " where t.closedAt is null" : "")
                + " order by t.openedAt desc", ServiceTicket.class).setMaxResults(1_000).getResultStream()
                .map(t -> Tickets.view(t, null)).toList();
    }
}
