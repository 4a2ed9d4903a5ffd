package io.lockernet.routing.control;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import io.lockernet.routing.entity.CourierShift;
import java.util.ArrayList;
import java.util.List;

/**
 * One van and the stops it drives to, in order. A stop may be on no route (its parcels then count as unrouted), so a
 * locker nobody can reach in time is left out rather than made late.
 */
@PlanningEntity
public class CourierRoute {

    @PlanningId
    private String id;
    private CourierShift shift;
    private Pace pace;

    @PlanningListVariable(valueRangeProviderRefs = "stops", allowsUnassignedValues = true)
    private List<LockerStop> stops = new ArrayList<>();

    CourierRoute() {
        // for the solver's cloning
    }

    public CourierRoute(CourierShift shift, Pace pace) {
        this.id = shift.id();
        this.shift = shift;
        this.pace = pace;
    }

    public String getId() {
        return id;
    }

    public CourierShift getShift() {
        return shift;
    }

    public Pace getPace() {
        return pace;
    }

    public List<LockerStop> getStops() {
        return stops;
    }

    public void setStops(List<LockerStop> stops) {
        this.stops = stops;
    }

    /** The van's day as the stops stand now. */
    public RouteClock.Day drive() {
        var calls = stops.stream()
                .map(stop -> new RouteClock.Call(stop.getLocker(), stop.getParcels().size()))
                .toList();
        return RouteClock.drive(shift, calls, pace);
    }

    @Override
    public String toString() {
        return id + stops;
    }
}
