package io.lockernet.partner.report.control;

import io.lockernet.api.core.CompartmentView;
import io.lockernet.api.core.LockerView;
import io.lockernet.partner.parcel.entity.Parcel;
import io.lockernet.partner.returns.entity.CustomerReturn;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Computes a store's report from this retailer's Partner DB: parcels and returns of the store's lockers, selected by
 * the database on locker and time (indexed), counted per day here.
 */
@Stateless
public class StoreReports {

    private static final List<Parcel.State> WAITED = List.of(Parcel.State.DEPOSITED, Parcel.State.COLLECTED,
            Parcel.State.RETRIEVED);

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    /** The report of the store whose lockers (as the Core reports them now) are given. */
    public StoreReport report(String store, List<LockerView> lockers, ReportPeriod period) {
        List<String> ids = lockers.stream().map(LockerView::id).sorted().toList();
        Instant start = period.start();
        Instant end = period.end();
        Instant expiredBy = Instant.now().isBefore(end) ? Instant.now() : end;

        List<Instant> deposits = em.createQuery("select p.depositedAt from Parcel p where p.hold.locker in :lockers "
                        + "and p.depositedAt >= :start and p.depositedAt < :end", Instant.class)
                .setParameter("lockers", ids).setParameter("start", start).setParameter("end", end).getResultList();
        List<Object[]> pickups = em.createQuery("select p.depositedAt, p.hold.endedAt from Parcel p "
                        + "where p.hold.locker in :lockers and p.state = :collected and p.hold.endedAt >= :start "
                        + "and p.hold.endedAt < :end", Object[].class)
                .setParameter("lockers", ids).setParameter("collected", Parcel.State.COLLECTED)
                .setParameter("start", start).setParameter("end", end).getResultList();
        // a window that ended uncollected: the parcel was still in, or left only afterwards (retrieved, or picked up late)
        List<Instant> expiries = em.createQuery("select p.hold.expiresAt from Parcel p where p.hold.locker in :lockers "
                        + "and p.state in :waited and p.hold.expiresAt >= :start and p.hold.expiresAt < :expiredBy "
                        + "and (p.hold.endedAt is null or p.hold.endedAt > p.hold.expiresAt)", Instant.class)
                .setParameter("lockers", ids).setParameter("waited", WAITED).setParameter("start", start)
                .setParameter("expiredBy", expiredBy).getResultList();
        List<Instant> returns = em.createQuery("select r.droppedOffAt from CustomerReturn r where r.hold.locker in :lockers "
                        + "and r.droppedOffAt >= :start and r.droppedOffAt < :end", Instant.class)
                .setParameter("lockers", ids).setParameter("start", start).setParameter("end", end).getResultList();
        long retrieved = em.createQuery("select count(r) from CustomerReturn r where r.hold.locker in :lockers "
                        + "and r.state = :retrieved and r.hold.endedAt >= :start and r.hold.endedAt < :end", Long.class)
                .setParameter("lockers", ids).setParameter("retrieved", CustomerReturn.State.RETRIEVED)
                .setParameter("start", start).setParameter("end", end).getSingleResult();

        List<Instant> pickedUp = pickups.stream().map(row -> (Instant) row[1]).toList();
        DwellTimes dwell = DwellTimes.of(pickups.stream().filter(row -> row[0] != null)
                .map(row -> Duration.between((Instant) row[0], (Instant) row[1])).toList());
        Map<LocalDate, Long> depositsByDay = perDay(deposits, period);
        Map<LocalDate, Long> pickupsByDay = perDay(pickedUp, period);
        Map<LocalDate, Long> expiriesByDay = perDay(expiries, period);
        Map<LocalDate, Long> returnsByDay = perDay(returns, period);
        List<StoreReport.Day> days = period.days().stream().map(d -> new StoreReport.Day(d,
                depositsByDay.getOrDefault(d, 0L), pickupsByDay.getOrDefault(d, 0L), expiriesByDay.getOrDefault(d, 0L),
                returnsByDay.getOrDefault(d, 0L))).toList();
        return new StoreReport(store, period.from(), period.to(), period.zone().getId(), ids, deposits.size(),
                pickups.size(), expiries.size(), returns.size(), retrieved, dwell, occupancy(lockers, ids), days);
    }

    private StoreReport.Occupancy occupancy(List<LockerView> lockers, List<String> ids) {
        List<CompartmentView> compartments = lockers.stream().flatMap(l -> l.compartments().stream()).toList();
        Map<String, Integer> byState = new TreeMap<>(compartments.stream()
                .collect(Collectors.groupingBy(CompartmentView::state, Collectors.summingInt(c -> 1))));
        long parcels = em.createQuery("select count(p) from Parcel p where p.hold.locker in :lockers and p.state = :deposited",
                        Long.class)
                .setParameter("lockers", ids).setParameter("deposited", Parcel.State.DEPOSITED).getSingleResult();
        long returns = em.createQuery("select count(r) from CustomerReturn r where r.hold.locker in :lockers "
                        + "and r.state = :dropped", Long.class)
                .setParameter("lockers", ids).setParameter("dropped", CustomerReturn.State.DROPPED_OFF)
                .getSingleResult();
        return new StoreReport.Occupancy(compartments.size(), byState, parcels, returns);
    }

    private static Map<LocalDate, Long> perDay(List<Instant> moments, ReportPeriod period) {
        return moments.stream().collect(Collectors.groupingBy(period::dayOf, Collectors.counting()));
    }
}
