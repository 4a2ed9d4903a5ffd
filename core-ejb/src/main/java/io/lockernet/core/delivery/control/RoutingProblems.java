package io.lockernet.core.delivery.control;

import io.lockernet.core.delivery.entity.CarrierPlan;
import io.lockernet.core.delivery.entity.Consignment;
import io.lockernet.core.delivery.entity.ConsignmentState;
import io.lockernet.core.delivery.entity.CourierShift;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.CompartmentState;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.locker.entity.Site;
import io.lockernet.routing.entity.LockerSite;
import io.lockernet.routing.entity.ParcelToRoute;
import io.lockernet.routing.entity.Place;
import io.lockernet.routing.entity.PlannedRoute;
import io.lockernet.routing.entity.PlannedStop;
import io.lockernet.routing.entity.RoutePlan;
import io.lockernet.routing.entity.RoutingProblem;
import io.lockernet.routing.entity.SizeClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A carrier's routing problem as the Core stands now: its parcels not yet in a locker (and those to collect from one),
 * the lockers they may go to
 * (where each stands, when it opens, whether it is online, and its free compartments by size, counting as free those
 * already held for this carrier's parcels: the plan may move them), today's shifts of its couriers from now on (each
 * van from where its courier last reported being, or from the depot), and the routes as last planned, from which the
 * solver starts.
 */
@ApplicationScoped
public class RoutingProblems {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    DeliverySettings settings;

    @Inject
    Clock clock;

    /** The problem, the plan it starts from, and how many changes the carrier had when it was read. */
    public record Snapshot(RoutingProblem problem, RoutePlan current, long changes, LocalDate day) {
    }

    /**
     * The carrier's changes are counted before anything else is read: a change that commits after the count (a parcel
     * consigned while this reads) is then one more than the plan read, and keeps the carrier due. Counted last, such a
     * change would be counted but its parcel missing from the problem, and wait for the next tidy.
     */
    public Snapshot of(String carrier) {
        CarrierPlan plan = em.find(CarrierPlan.class, carrier);
        long changes = plan == null ? 0 : plan.changes();
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(settings.zone());
        int nowMinute = local.getHour() * 60 + local.getMinute();
        List<Consignment> open = em.createQuery("select c from Consignment c where c.carrier = :carrier "
                        + "and c.state in :open order by c.createdAt", Consignment.class)
                .setParameter("carrier", carrier)
                .setParameter("open", List.of(ConsignmentState.WAITING, ConsignmentState.ROUTED))
                .getResultList();
        Set<String> held = open.stream().filter(c -> !c.collection()).map(Consignment::reservation)
                .filter(r -> r != null).collect(Collectors.toSet());
        Map<String, Locker> lockers = new LinkedHashMap<>();
        open.stream().flatMap(c -> c.lockers().stream()).distinct().forEach(id -> {
            Locker locker = em.find(Locker.class, id);
            if (locker != null && !locker.decommissioned() && locker.site().known()) {
                lockers.put(id, locker);
            }
        });
        List<LockerSite> sites = lockers.values().stream().map(locker -> site(locker, held)).toList();
        List<io.lockernet.routing.entity.CourierShift> shifts = em.createQuery("select s from CourierShift s "
                        + "where s.carrier = :carrier and s.day = :day order by s.courier", CourierShift.class)
                .setParameter("carrier", carrier).setParameter("day", local.toLocalDate())
                .getResultStream()
                .filter(s -> s.endMinute() > nowMinute)
                .map(s -> new io.lockernet.routing.entity.CourierShift(s.courier(), startOf(s),
                        Math.max(s.startMinute(), nowMinute), s.endMinute(), s.capacity()))
                .toList();
        // deliveries only to lockers the retailer may still use (an operator may have taken one off it since the
        // consignment); what is in a locker may still be taken out of it
        List<ParcelToRoute> parcels = open.stream()
                .map(c -> new ParcelToRoute(c.id(), SizeClass.valueOf(c.size()), c.lockers().stream()
                        .filter(id -> lockers.containsKey(id)
                                && (c.collection() || lockers.get(id).usableBy(c.retailer()))).toList(),
                        c.collection()))
                .toList();
        RoutingProblem problem = new RoutingProblem(sites, shifts, parcels, settings.metresPerMinute(),
                settings.minutesPerStop(), settings.minutesPerParcel());
        return new Snapshot(problem, current(open, local.toLocalDate()), changes, local.toLocalDate());
    }

    /** A van sets out from the depot, or from where its courier last reported being once on the road. */
    private static Place startOf(CourierShift shift) {
        return shift.positionAt() == null ? new Place(shift.depotLatitude(), shift.depotLongitude())
                : new Place(shift.positionLatitude(), shift.positionLongitude());
    }

    private LockerSite site(Locker locker, Set<String> heldForThisCarrier) {
        Map<SizeClass, Integer> free = new EnumMap<>(SizeClass.class);
        for (Compartment c : em.createNamedQuery(Compartment.BY_LOCKER, Compartment.class)
                .setParameter("locker", locker.id()).getResultList()) {
            boolean available = c.state() == CompartmentState.AVAILABLE && c.reservation() == null;
            if (available || (c.reservation() != null && heldForThisCarrier.contains(c.reservation()))) {
                free.merge(SizeClass.valueOf(c.sizeClass().name()), 1, Integer::sum);
            }
        }
        Site site = locker.site();
        return new LockerSite(locker.id(), new Place(site.latitude(), site.longitude()), site.opensMinute(),
                site.closesMinute(), free, locker.online());
    }

    /** The routes as last planned: each courier's routed parcels in stop order, a stop per locker visited in a row. */
    private RoutePlan current(List<Consignment> open, LocalDate day) {
        Map<String, List<Consignment>> byCourier = open.stream()
                .filter(c -> c.state() == ConsignmentState.ROUTED && c.courier() != null)
                .sorted((a, b) -> Integer.compare(a.stop(), b.stop()))
                .collect(Collectors.groupingBy(Consignment::courier, LinkedHashMap::new, Collectors.toList()));
        List<PlannedRoute> routes = new ArrayList<>();
        byCourier.forEach((courier, parcels) -> {
            List<PlannedStop> stops = new ArrayList<>();
            List<String> atStop = new ArrayList<>();
            for (int i = 0; i < parcels.size(); i++) {
                Consignment c = parcels.get(i);
                atStop.add(c.id());
                boolean last = i == parcels.size() - 1 || !parcels.get(i + 1).locker().equals(c.locker());
                if (last) {
                    int minute = c.eta() == null ? 0 : WallClock.minuteOf(day, c.eta(), settings.zone());
                    stops.add(new PlannedStop(c.locker(), List.copyOf(atStop), minute, minute, c.late()));
                    atStop.clear();
                }
            }
            routes.add(new PlannedRoute(courier, stops, 0, 0));
        });
        List<String> unrouted = open.stream().filter(c -> c.state() == ConsignmentState.WAITING)
                .map(Consignment::id).toList();
        return new RoutePlan(routes, unrouted, 0, 0, "");
    }
}
