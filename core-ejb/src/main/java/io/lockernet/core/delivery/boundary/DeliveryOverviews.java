package io.lockernet.core.delivery.boundary;

import io.lockernet.api.delivery.DeliveryOverview;
import io.lockernet.core.delivery.control.DeliverySettings;
import io.lockernet.core.delivery.entity.CarrierPlan;
import io.lockernet.core.delivery.entity.Consignment;
import io.lockernet.core.delivery.entity.ConsignmentState;
import io.lockernet.core.delivery.entity.CourierShift;
import io.lockernet.core.locker.entity.Locker;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A carrier's day at a glance (its dispatchers' and the operators' dashboards): its couriers on shift today with where
 * they were last seen, their stops still ahead, and parcels delivered against planned since the day began.
 */
@Stateless
public class DeliveryOverviews {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    DeliverySettings settings;

    @Inject
    Clock clock;

    /** The carriers with anything to show: a courier on shift today, or parcels in hand. */
    public List<String> carriers() {
        LocalDate day = clock.instant().atZone(settings.zone()).toLocalDate();
        TreeSet<String> carriers = new TreeSet<>(em.createQuery("select distinct c.carrier from Consignment c "
                + "where c.state in :open", String.class)
                .setParameter("open", List.of(ConsignmentState.WAITING, ConsignmentState.ROUTED)).getResultList());
        carriers.addAll(em.createQuery("select distinct s.carrier from CourierShift s where s.day = :day",
                String.class).setParameter("day", day).getResultList());
        return List.copyOf(carriers);
    }

    public DeliveryOverview overview(String carrier) {
        LocalDate day = clock.instant().atZone(settings.zone()).toLocalDate();
        Instant dayStart = day.atStartOfDay(settings.zone()).toInstant();
        List<Consignment> today = em.createQuery("select c from Consignment c where c.carrier = :carrier and "
                        + "(c.state in :open or c.depositedAt >= :start or c.collectedAt >= :start or c.createdAt >= :start) "
                        + "order by c.stop",
                        Consignment.class)
                .setParameter("carrier", carrier).setParameter("start", dayStart)
                .setParameter("open", List.of(ConsignmentState.WAITING, ConsignmentState.ROUTED)).getResultList();
        List<DeliveryOverview.CourierOnRoad> couriers = new ArrayList<>();
        List<DeliveryOverview.StopAhead> stops = new ArrayList<>();
        for (CourierShift shift : em.createQuery("select s from CourierShift s where s.carrier = :carrier "
                + "and s.day = :day order by s.courier", CourierShift.class).setParameter("carrier", carrier)
                .setParameter("day", day).getResultList()) {
            List<Consignment> ahead = today.stream().filter(c -> c.state() == ConsignmentState.ROUTED
                    && shift.courier().equals(c.courier())).toList();
            int late = stopsOf(shift.courier(), ahead, stops);
            int delivered = (int) today.stream().filter(c -> c.done() && shift.courier().equals(c.courier()))
                    .count();
            boolean seen = shift.positionAt() != null;
            couriers.add(new DeliveryOverview.CourierOnRoad(shift.courier(),
                    seen ? shift.positionLatitude() : shift.depotLatitude(),
                    seen ? shift.positionLongitude() : shift.depotLongitude(), shift.positionAt(), delivered,
                    ahead.size(), late));
        }
        CarrierPlan plan = em.find(CarrierPlan.class, carrier);
        int delivered = (int) today.stream().filter(Consignment::done).count();
        return new DeliveryOverview(carrier, plan == null ? null : plan.plannedAt(),
                plan == null ? null : plan.metres(), plan == null ? null : plan.lateStops(),
                plan == null ? null : plan.unrouted(), plan == null ? null : plan.planMillis(), couriers, stops,
                delivered, delivered + count(today, ConsignmentState.ROUTED), count(today, ConsignmentState.FAILED),
                count(today, ConsignmentState.WAITING));
    }

    /** Adds the courier's stops ahead (a stop per locker in a row); returns how many are late. */
    private int stopsOf(String courier, List<Consignment> ahead, List<DeliveryOverview.StopAhead> stops) {
        int late = 0;
        int order = 0;
        for (int i = 0; i < ahead.size(); ) {
            Consignment first = ahead.get(i);
            int parcels = 0;
            while (i < ahead.size() && Objects.equals(ahead.get(i).locker(), first.locker())) {
                parcels++;
                i++;
            }
            Locker locker = em.find(Locker.class, first.locker());
            stops.add(new DeliveryOverview.StopAhead(courier, ++order, first.locker(), locker.site().latitude(),
                    locker.site().longitude(), first.eta(), late(first), parcels));
            late += late(first) ? 1 : 0;
        }
        return late;
    }

    /** Late as planned (after closing or the shift), or expected well after the plan said. */
    private boolean late(Consignment c) {
        return c.late() || (c.plannedEta() != null && c.eta() != null
                && c.eta().isAfter(c.plannedEta().plus(settings.behind())));
    }

    private static int count(List<Consignment> consignments, ConsignmentState state) {
        return (int) consignments.stream().filter(c -> c.state() == state).count();
    }
}
