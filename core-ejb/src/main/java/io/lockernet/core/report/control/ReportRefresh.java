package io.lockernet.core.report.control;

import io.lockernet.core.impulse.entity.ImpulseState;
import io.lockernet.core.link.control.Attention;
import io.lockernet.core.locker.entity.CompartmentState;
import io.lockernet.core.report.entity.LockerReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Recomputes every locker's report from the facts with a handful of grouped queries, and flags what is past a
 * threshold ({@link Attention}). A recomputation, not an
 * increment: running it twice (a redelivered message, two Core nodes) gives the same figures.
 */
@ApplicationScoped
public class ReportRefresh {

    private static final List<CompartmentState> COLUMNS = List.of(CompartmentState.AVAILABLE,
            CompartmentState.RESERVED, CompartmentState.OCCUPIED, CompartmentState.OPEN, CompartmentState.OUT_OF_SERVICE);

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Attention attention;

    public int refresh(Instant now) {
        Instant dayAgo = now.minus(Duration.ofDays(1));
        Instant hourAgo = now.minus(Duration.ofHours(1));
        Map<String, int[]> byState = new HashMap<>();
        for (Object[] row : rows("select c.locker, c.state, count(c) from Compartment c group by c.locker, c.state")) {
            int column = COLUMNS.indexOf((CompartmentState) row[1]);
            byState.computeIfAbsent((String) row[0], k -> new int[COLUMNS.size()])[column] = count(row[2]);
        }
        Map<String, Map<ImpulseState, Integer>> impulses = new HashMap<>();
        for (Object[] row : em.createQuery("select i.locker, i.state, count(i) from Impulse i "
                        + "where i.requestedAt >= :since group by i.locker, i.state", Object[].class)
                .setParameter("since", dayAgo).getResultList()) {
            impulses.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((ImpulseState) row[1], count(row[2]));
        }
        Map<String, Integer> events = counts("select e.locker, count(e) from DeviceEvent e "
                + "where e.receivedAt >= :since group by e.locker", hourAgo);
        Map<String, Integer> vitals = counts("select v.locker, count(v) from VitalsSample v "
                + "where v.receivedAt >= :since group by v.locker", hourAgo);
        Map<String, Integer> alarms = new HashMap<>();
        for (Object[] row : rows("select a.locker, count(a) from Alarm a where a.resolvedAt is null "
                + "and a.locker is not null group by a.locker")) {
            alarms.put((String) row[0], count(row[1]));
        }
        Map<String, Object[]> lastVitals = new HashMap<>();
        // the latest reading of each locker within the hour, joined to one grouped subquery (not one per row);
        // native because JPQL in strict JPA mode has no row-value "in" and no join on a subquery
        @SuppressWarnings("unchecked")
        List<Object[]> latest = em.createNativeQuery("select v.locker_id, v.temperature_c, v.battery_percent, "
                        + "v.supply_voltage, v.signal_dbm "
                        + "from vitals_sample v join (select locker_id, max(seq) as seq from vitals_sample "
                        + "where received_at >= ?1 group by locker_id) m on v.locker_id = m.locker_id and v.seq = m.seq")
                .setParameter(1, hourAgo).getResultList();
        for (Object[] row : latest) {
            lastVitals.put((String) row[0], row);
        }
        Map<String, Integer> outages = counts("select o.locker, count(o) from LinkOutage o "
                + "where o.startedAt >= :since group by o.locker", dayAgo);
        Map<String, Double> roundTrips = new HashMap<>();
        for (Object[] row : rows("select l.id, l.rttP99Ms from Locker l where l.rttP99Ms is not null")) {
            roundTrips.put((String) row[0], (Double) row[1]);
        }
        List<String> lockers = em.createQuery("select l.id from Locker l", String.class).getResultList();
        for (String locker : lockers) {
            LockerReport found = em.find(LockerReport.class, locker);
            LockerReport report = found == null ? new LockerReport(locker) : found;
            Map<ImpulseState, Integer> outcomes = impulses.getOrDefault(locker, Map.of());
            Object[] last = lastVitals.get(locker);
            report.refresh(now, byState.getOrDefault(locker, new int[COLUMNS.size()]),
                    outcomes.getOrDefault(ImpulseState.DOOR_OPEN, 0) + outcomes.getOrDefault(ImpulseState.DOOR_CLOSED, 0),
                    outcomes.getOrDefault(ImpulseState.FAILED, 0), outcomes.getOrDefault(ImpulseState.EXPIRED, 0),
                    events.getOrDefault(locker, 0), vitals.getOrDefault(locker, 0),
                    number(last, 1, Number::doubleValue), number(last, 2, Number::intValue),
                    alarms.getOrDefault(locker, 0));
            int outages24h = outages.getOrDefault(locker, 0);
            report.health(outages24h, attention.flags(new Attention.Figures(number(last, 1, Number::doubleValue),
                    number(last, 3, Number::doubleValue), number(last, 2, Number::intValue),
                    number(last, 4, Number::intValue), roundTrips.get(locker), outages24h)));
            if (found == null) {
                em.persist(report); // after refresh: Hibernate inserts the state it has at persist
            }
        }
        return lockers.size();
    }

    /** A nullable number column of a native row, as the type wanted; null when the row or the value is absent. */
    private static <T> T number(Object[] row, int column, Function<Number, T> as) {
        return row == null || row[column] == null ? null : as.apply((Number) row[column]);
    }

    private List<Object[]> rows(String query) {
        return em.createQuery(query, Object[].class).getResultList();
    }

    private Map<String, Integer> counts(String query, Instant since) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : em.createQuery(query, Object[].class).setParameter("since", since).getResultList()) {
            counts.put((String) row[0], count(row[1]));
        }
        return counts;
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}
