package io.lockernet.routing.entity;

import java.util.List;

/**
 * One courier's day: depot, the stops in order, depot.
 *
 * @param courier the courier's id
 * @param stops the stops in driving order (none: the van stays at the depot)
 * @param metres driven, depot to depot
 * @param returnMinute minutes since midnight when the van is back at the depot
 */
public record PlannedRoute(String courier, List<PlannedStop> stops, double metres, int returnMinute) {

    public PlannedRoute {
        stops = List.copyOf(stops);
    }
}
