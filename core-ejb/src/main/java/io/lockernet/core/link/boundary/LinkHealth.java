package io.lockernet.core.link.boundary;

import io.lockernet.api.core.LockerHealthView;
import io.lockernet.api.core.ServiceTicketView;
import io.lockernet.core.link.control.Attention;
import io.lockernet.core.link.control.Outages;
import io.lockernet.core.link.entity.LinkOutage;
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

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Outages outages;

    @Inject
    Attention attention;

    /** A Shepherd saw the locker's connection end ({@code online=false}) or a new one admitted. */
    public void linkChanged(String locker, boolean online, Instant at) {
        if (em.find(Locker.class, locker) == null) {
            return;
        }
        if (online) {
            outages.returned(locker, at);
        } else {
            outages.dropped(locker, at);
        }
    }

    /** What a Shepherd measured of a locker's pings; an unknown locker is ignored (it cannot have connected). */
    public void roundTrips(String locker, int samples, double p50Ms, double p99Ms, double maxMs, Instant at) {
        Locker found = em.find(Locker.class, locker);
        if (found != null) {
            found.roundTrips(samples, p50Ms, p99Ms, maxMs, at);
        }
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
                        .getResultStream().map(LinkHealth::view).toList());
    }

    public List<ServiceTicketView> tickets(boolean openOnly) {
        return em.createQuery("select t from ServiceTicket t" + (openOnly ? " where t.closedAt is null" : "")
                + " order by t.openedAt desc", ServiceTicket.class).setMaxResults(1_000).getResultStream()
                .map(LinkHealth::view).toList();
    }

    private static ServiceTicketView view(ServiceTicket t) {
        return new ServiceTicketView(t.id(), t.kind().name(), t.locker(), t.detail(), t.openedAt(), t.closedAt(),
                t.closedBy(), t.resolution());
    }
}
