package io.lockernet.routing.control;

import io.lockernet.routing.entity.CourierShift;
import io.lockernet.routing.entity.LockerSite;
import io.lockernet.routing.entity.PlannedRoute;
import io.lockernet.routing.entity.PlannedStop;
import io.lockernet.routing.entity.RoutePlan;
import io.lockernet.routing.entity.RoutingProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Turns routes (which lockers in which order, which parcels into each) into a timed {@link RoutePlan}, with one clock
 * for both planners. A stop without parcels is driven past, not stopped at; every parcel of the problem that is on no
 * route is unrouted.
 */
public final class PlanAssembler {

    private PlanAssembler() {
    }

    /**
     * A van's stops before timing.
     *
     * @param courier the van
     * @param drops each locker in order with the parcels put into it
     */
    public record Tour(CourierShift courier, List<Drop> drops) {
    }

    /**
     * @param locker where
     * @param parcels the ids of the parcels put in there
     */
    public record Drop(LockerSite locker, List<String> parcels) {
    }

    public static RoutePlan assemble(RoutingProblem problem, List<Tour> tours) {
        var pace = Pace.of(problem);
        var routes = new ArrayList<PlannedRoute>();
        var routed = new HashSet<String>();
        double metres = 0;
        int lateStops = 0;
        for (var tour : tours) {
            var drops = tour.drops().stream().filter(drop -> !drop.parcels().isEmpty()).toList();
            var calls = drops.stream().map(drop -> new RouteClock.Call(drop.locker(), drop.parcels().size())).toList();
            var day = RouteClock.drive(tour.courier(), calls, pace);
            var stops = new ArrayList<PlannedStop>();
            for (int i = 0; i < drops.size(); i++) {
                var timed = day.stops().get(i);
                stops.add(new PlannedStop(drops.get(i).locker().id(), drops.get(i).parcels(), timed.arrival(),
                        timed.departure(), timed.late()));
                routed.addAll(drops.get(i).parcels());
            }
            routes.add(new PlannedRoute(tour.courier().id(), stops, day.metres(), day.returnMinute()));
            metres += day.metres();
            lateStops += day.lateStops();
        }
        var unrouted = problem.parcels().stream().map(parcel -> parcel.id())
                .filter(id -> !routed.contains(id)).toList();
        return new RoutePlan(routes, unrouted, metres, lateStops, null);
    }

    /** The solver's answer as tours: each van's stops in order, each stop's parcels in the problem's order. */
    public static List<Tour> tours(RouteSolution solution) {
        var parcelsAt = new LinkedHashMap<LockerStop, List<String>>();
        for (var parcel : solution.getParcels()) {
            if (parcel.getStop() != null) {
                parcelsAt.computeIfAbsent(parcel.getStop(), stop -> new ArrayList<>()).add(parcel.getId());
            }
        }
        return solution.getCouriers().stream()
                .map(courier -> new Tour(courier.getShift(), courier.getStops().stream()
                        .map(stop -> new Drop(stop.getLocker(), parcelsAt.getOrDefault(stop, List.of())))
                        .toList()))
                .toList();
    }
}
