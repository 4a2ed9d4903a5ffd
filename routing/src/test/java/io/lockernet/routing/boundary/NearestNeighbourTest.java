package io.lockernet.routing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockernet.routing.SmallTown;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNeighbourTest {

    private final NearestNeighbour baseline = new NearestNeighbour();

    @Test
    void theBaselineOnTheSmallTownIsFeasibleAndRoutesEveryParcel() {
        var problem = SmallTown.fourLockers();
        var plan = baseline.plan(problem);
        PlanChecks.assertFeasible(problem, plan);
        assertEquals(List.of(), plan.unrouted());
    }

    @Test
    void theBaselineSendsEachParcelToItsFirstAllowedLockerWithRoom() {
        var problem = SmallTown.fourLockers();
        var lockers = baseline.plan(problem).lockerOfParcel();
        problem.parcels().forEach(
                parcel -> assertEquals(parcel.lockers().get(0), lockers.get(parcel.id()), parcel.id()));
    }
}
