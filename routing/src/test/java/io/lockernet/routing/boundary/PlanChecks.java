package io.lockernet.routing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.routing.control.CompartmentFit;
import io.lockernet.routing.entity.LockerSite;
import io.lockernet.routing.entity.ParcelToRoute;
import io.lockernet.routing.entity.RoutePlan;
import io.lockernet.routing.entity.RoutingProblem;
import java.util.HashSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What every plan must hold, checked against the problem itself rather than the solver's score. */
final class PlanChecks {

    private PlanChecks() {
    }

    static void assertFeasible(RoutingProblem problem, RoutePlan plan) {
        var lockers = problem.lockers().stream().collect(Collectors.toMap(LockerSite::id, Function.identity()));
        var parcels = problem.parcels().stream().collect(Collectors.toMap(ParcelToRoute::id, Function.identity()));
        var seen = new HashSet<String>();
        for (var route : plan.routes()) {
            var shift = problem.couriers().stream().filter(c -> c.id().equals(route.courier()))
                    .findFirst().orElseThrow();
            int load = 0;
            for (var stop : route.stops()) {
                var locker = lockers.get(stop.locker());
                assertTrue(locker.online(), stop.locker() + " is offline");
                assertFalse(stop.parcels().isEmpty(), "a stop without parcels at " + stop.locker());
                var sizes = stop.parcels().stream().map(parcels::get).filter(ParcelToRoute::needsCompartment)
                        .map(ParcelToRoute::size).toList();
                assertTrue(CompartmentFit.fits(locker, sizes), stop.locker() + " over its free compartments: " + sizes);
                for (var id : stop.parcels()) {
                    assertTrue(parcels.get(id).lockers().contains(stop.locker()),
                            id + " not allowed at " + stop.locker());
                    assertTrue(seen.add(id), id + " routed twice");
                }
                assertFalse(stop.late(), "late at " + stop.locker());
                load += stop.parcels().size();
            }
            assertTrue(load <= shift.capacity(), route.courier() + " carries " + load);
            assertTrue(route.stops().isEmpty() || route.returnMinute() <= shift.endMinute(),
                    route.courier() + " back at " + route.returnMinute());
        }
        seen.addAll(plan.unrouted());
        assertEquals(parcels.keySet(), seen, "every parcel routed or unrouted, once");
        assertEquals(0, plan.lateStops());
        assertTrue(plan.score().startsWith("0hard/"), plan.score());
    }
}
