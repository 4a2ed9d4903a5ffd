package io.lockernet.routing.control;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * The solver's working copy of a day: vans with their stops, one stop per online locker, parcels with their stop.
 * <p>
 * Two decisions, two variables: each parcel's locker is a basic variable ({@link ParcelDrop#getStop}, among its
 * allowed lockers, or none), and each van's order of lockers is a list variable ({@link CourierRoute#getStops}). A
 * stop knows its parcels through an inverse shadow collection, so a stop's load, compartments and time follow the
 * parcels' choices. The other shape, parcels as the list's elements with a shadow grouping neighbours at one locker
 * into a stop, would put a basic variable on the list's elements, which Timefold's mixed models do not show, and
 * would let two stops at one locker in one route split what one stop should carry.
 */
@PlanningSolution
public class RouteSolution {

    @PlanningEntityCollectionProperty
    private List<CourierRoute> couriers;
    @PlanningEntityCollectionProperty
    @ValueRangeProvider(id = "stops")
    private List<LockerStop> stops;
    @PlanningEntityCollectionProperty
    private List<ParcelDrop> parcels;
    @PlanningScore
    private HardMediumSoftLongScore score;

    RouteSolution() {
        // for the solver's cloning
    }

    public RouteSolution(List<CourierRoute> couriers, List<LockerStop> stops, List<ParcelDrop> parcels) {
        this.couriers = couriers;
        this.stops = stops;
        this.parcels = parcels;
    }

    public List<CourierRoute> getCouriers() {
        return couriers;
    }

    public List<LockerStop> getStops() {
        return stops;
    }

    public List<ParcelDrop> getParcels() {
        return parcels;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
