package io.lockernet.routing.boundary;

import static io.lockernet.routing.SmallTown.courier;
import static io.lockernet.routing.SmallTown.km;
import static io.lockernet.routing.SmallTown.locker;
import static io.lockernet.routing.SmallTown.parcel;
import static io.lockernet.routing.SmallTown.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import io.lockernet.routing.RandomCity;
import io.lockernet.routing.SmallTown;
import io.lockernet.routing.entity.CourierShift;
import io.lockernet.routing.entity.ParcelToRoute;
import io.lockernet.routing.entity.RoutePlan;
import io.lockernet.routing.entity.RoutingProblem;
import io.lockernet.routing.entity.SizeClass;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {

    private static final Duration LIMIT = Duration.ofSeconds(3);

    private final RoutePlanner planner = new RoutePlanner(Duration.ofSeconds(1));

    @Test
    void aSmallTownIsPlannedWithEveryParcelRoutedNoLockerOverfilledAndNothingLate() {
        var problem = SmallTown.fourLockers();
        var plan = planner.plan(problem, LIMIT);
        PlanChecks.assertFeasible(problem, plan);
        assertEquals(List.of(), plan.unrouted());
        assertTrue(plan.score().startsWith("0hard/0medium/"), plan.score());
    }

    @Test
    void onASmallRandomCityTheSolverEndsWithABetterScoreThanTheBaselineItStartsFrom() {
        var city = RandomCity.generate(11, 10, 8, 2, 30, 70);
        var baseline = HardMediumSoftLongScore.parseScore(new NearestNeighbour().plan(city).score());
        var plan = planner.plan(city, LIMIT);
        PlanChecks.assertFeasible(city, plan);
        assertTrue(HardMediumSoftLongScore.parseScore(plan.score()).compareTo(baseline) > 0,
                plan.score() + " against the baseline's " + baseline);
    }

    @Test
    void aReplanAfterALockerGoesOfflineMovesItsParcelsToAnotherAllowedLockerWithRoom() {
        var problem = SmallTown.fourLockers();
        var before = planner.plan(problem, LIMIT);
        var movedOut = before.lockerOfParcel().entrySet().stream()
                .filter(entry -> entry.getValue().equals("north")).map(Map.Entry::getKey).toList();
        assertFalse(movedOut.isEmpty(), "the first plan uses north");

        var changed = new RoutingProblem(problem.lockers().stream()
                .map(site -> site.id().equals("north") ? site.withOnline(false) : site).toList(),
                problem.couriers(), problem.parcels(), problem.speedMetresPerMinute(), problem.minutesPerStop(),
                problem.minutesPerParcel());
        var after = planner.replan(before, changed, LIMIT);

        PlanChecks.assertFeasible(changed, after);
        assertEquals(List.of(), after.unrouted(), "east, south and west have room for north's parcels");
        assertFalse(after.lockerOfParcel().containsValue("north"));
        for (var parcel : movedOut) {
            var allowed = changed.parcels().stream().filter(p -> p.id().equals(parcel)).findFirst().orElseThrow();
            assertTrue(allowed.lockers().contains(after.lockerOfParcel().get(parcel)), parcel + " went elsewhere");
        }
    }

    @Test
    void aReplanMovesAParcelToItsOtherLockerEvenWhenNoRouteGoesThereYet() {
        var near = locker("near", km(1, 0), 3, SizeClass.values());
        var spare = locker("spare", km(2, 1), 3, SizeClass.values());
        var problem = problem(List.of(near, spare), List.of(courier("van", 10)),
                List.of(parcel("p", SizeClass.S, "near", "spare")));
        var before = planner.plan(problem, LIMIT);
        assertEquals("near", before.lockerOfParcel().get("p"), "the customer's choice first");

        var changed = problem(List.of(near.withOnline(false), spare), problem.couriers(), problem.parcels());
        var after = planner.replan(before, changed, LIMIT);
        PlanChecks.assertFeasible(changed, after);
        assertEquals("spare", after.lockerOfParcel().get("p"), after.toString());
    }

    @Test
    void aReplanFromAPlanThatRoutesNothingRoutesEveryParcelItCan() {
        var problem = SmallTown.fourLockers();
        var nothingYet = new RoutePlan(List.of(), problem.parcels().stream().map(ParcelToRoute::id).toList(), 0, 0, "");
        var plan = planner.replan(nothingYet, problem, LIMIT);
        PlanChecks.assertFeasible(problem, plan);
        assertEquals(List.of(), plan.unrouted());
    }

    @Test
    void aParcelWithNoAllowedLockerWithRoomIsLeftUnroutedNotForcedIn() {
        var tiny = locker("tiny", km(1, 1), Map.of(SizeClass.M, 1));
        var offline = locker("offline", km(1, -1), 5, SizeClass.values()).withOnline(false);
        var problem = problem(List.of(tiny, offline), List.of(courier("van", 10)), List.of(
                parcel("fits", SizeClass.M, "tiny"),
                parcel("second-for-one-compartment", SizeClass.S, "tiny"),
                parcel("too-large", SizeClass.XL, "tiny"),
                parcel("only-offline", SizeClass.S, "offline"),
                parcel("unknown-locker", SizeClass.S, "nowhere")));
        var plan = planner.plan(problem, LIMIT);
        PlanChecks.assertFeasible(problem, plan);
        assertEquals(1, plan.lockerOfParcel().size(), "one compartment, one parcel: " + plan.lockerOfParcel());
        assertEquals(4, plan.unrouted().size());
        assertTrue(plan.score().startsWith("0hard/-4medium/"), plan.score());
    }

    @Test
    void aParcelToCollectIsRoutedToItsLockerEvenWhenTheLockerIsFullAndRidesInTheVan() {
        var full = locker("full", km(1, 0), Map.of());
        var room = locker("room", km(0, 1), 2, SizeClass.M);
        var offline = locker("offline", km(-1, 0), 2, SizeClass.M).withOnline(false);
        var problem = problem(List.of(full, room, offline), List.of(courier("van", 3)), List.of(
                new ParcelToRoute("return", SizeClass.L, List.of("full"), true),
                new ParcelToRoute("stuck-in-offline", SizeClass.M, List.of("offline"), true),
                parcel("deliver-1", SizeClass.M, "room", "full"),
                parcel("deliver-2", SizeClass.M, "room", "full")));
        var plan = planner.plan(problem, LIMIT);
        PlanChecks.assertFeasible(problem, plan);
        assertEquals("full", plan.lockerOfParcel().get("return"), plan.lockerOfParcel().toString());
        assertTrue(plan.unrouted().contains("stuck-in-offline"), "an offline locker opens nothing: " + plan.unrouted());
        assertEquals(3, plan.lockerOfParcel().size(), plan.lockerOfParcel().toString());
    }

    @Test
    void aLockerNoVanCanReachWithinItsShiftLeavesItsParcelsUnroutedRatherThanLate() {
        var far = locker("far", km(10, 0), 5, SizeClass.M);
        var halfHour = new CourierShift("van", SmallTown.DEPOT, 8 * 60, 8 * 60 + 30, 10);
        var problem = problem(List.of(far), List.of(halfHour), List.of(parcel("p", SizeClass.M, "far")));
        var plan = planner.plan(problem, LIMIT);
        PlanChecks.assertFeasible(problem, plan);
        assertEquals(List.of("p"), plan.unrouted());
    }

    @Test
    void aShiftAlreadyOverGetsNoStopsAndTheParcelsWaitUnrouted() {
        var near = locker("near", km(1, 0), 5, SizeClass.M);
        var over = new CourierShift("van", SmallTown.DEPOT, 17 * 60, 16 * 60, 10);
        var problem = problem(List.of(near), List.of(over), List.of(parcel("p", SizeClass.M, "near")));
        var plan = planner.plan(problem, LIMIT);
        PlanChecks.assertFeasible(problem, plan);
        assertEquals(List.of("p"), plan.unrouted());
    }
}
