package io.lockernet.routing.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan for the day.
 *
 * @param routes one per courier, in the problem's order of couriers
 * @param unrouted parcels with nowhere to go today: no allowed locker online with room, or no courier can make it
 * @param metres driven by all couriers together
 * @param lateStops stops where the courier is still at the locker after it closes or after the shift ends
 * @param score the planner's score of this plan ({@code hard/medium/soft}, see {@code RoutingConstraints})
 */
public record RoutePlan(List<PlannedRoute> routes, List<String> unrouted, double metres, int lateStops,
        String score) {

    public RoutePlan {
        routes = List.copyOf(routes);
        unrouted = List.copyOf(unrouted);
    }

    /** Which locker each routed parcel goes to, by parcel id. */
    public Map<String, String> lockerOfParcel() {
        var lockers = new LinkedHashMap<String, String>();
        for (var route : routes) {
            for (var stop : route.stops()) {
                stop.parcels().forEach(parcel -> lockers.put(parcel, stop.locker()));
            }
        }
        return lockers;
    }

    /** The same plan, scored. */
    public RoutePlan withScore(String newScore) {
        return new RoutePlan(routes, unrouted, metres, lateStops, newScore);
    }
}
