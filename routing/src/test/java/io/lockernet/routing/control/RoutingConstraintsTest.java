package io.lockernet.routing.control;

import static io.lockernet.routing.SmallTown.DEPOT;
import static io.lockernet.routing.SmallTown.courier;
import static io.lockernet.routing.SmallTown.km;
import static io.lockernet.routing.SmallTown.locker;
import static io.lockernet.routing.SmallTown.parcel;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import io.lockernet.routing.entity.CourierShift;
import io.lockernet.routing.entity.LockerSite;
import io.lockernet.routing.entity.ParcelToRoute;
import io.lockernet.routing.entity.SizeClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingConstraintsTest {

    private static final Pace PACE = new Pace(500, 3, 1);

    private final ConstraintVerifier<RoutingConstraints, RouteSolution> verifier = ConstraintVerifier.build(
            new RoutingConstraints(), RouteSolution.class, CourierRoute.class, LockerStop.class, ParcelDrop.class);

    private final List<CourierRoute> couriers = new ArrayList<>();
    private final List<LockerStop> stops = new ArrayList<>();
    private final List<ParcelDrop> parcels = new ArrayList<>();

    private LockerStop stop(LockerSite site) {
        var stop = new LockerStop(site);
        stops.add(stop);
        return stop;
    }

    private void route(CourierShift shift, LockerStop... inOrder) {
        var courier = new CourierRoute(shift, PACE);
        courier.getStops().addAll(Arrays.asList(inOrder));
        couriers.add(courier);
    }

    /** A parcel put at {@code at} (null: unrouted), allowed at the lockers {@code allowed}, first preferred. */
    private void parcelAt(LockerStop at, SizeClass size, LockerStop... allowed) {
        var ids = Arrays.stream(allowed).map(LockerStop::getId).toArray(String[]::new);
        var drop = new ParcelDrop(parcel("p" + parcels.size(), size, ids), List.of(allowed));
        drop.setStop(at);
        parcels.add(drop);
    }

    private RouteSolution solution() {
        return new RouteSolution(couriers, stops, parcels);
    }

    @Test
    void parcelsBeyondTheFreeCompartmentsOfTheirSizeOrLargerBreakTheHardLevel() {
        var a = stop(locker("a", km(1, 0), Map.of(SizeClass.M, 1, SizeClass.L, 1)));
        route(courier("van", 10), a);
        parcelAt(a, SizeClass.S, a);
        parcelAt(a, SizeClass.M, a);
        parcelAt(a, SizeClass.M, a);
        parcelAt(a, SizeClass.XL, a);
        verifier.verifyThat(RoutingConstraints::compartments).givenSolution(solution()).settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void parcelsThatFitTheirLockerCostNothingThere() {
        var a = stop(locker("a", km(1, 0), Map.of(SizeClass.M, 1, SizeClass.L, 1)));
        route(courier("van", 10), a);
        parcelAt(a, SizeClass.L, a);
        parcelAt(a, SizeClass.XS, a);
        verifier.verifyThat(RoutingConstraints::compartments).givenSolution(solution()).settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void aParcelToCollectTakesNoFreeCompartmentAtItsLocker() {
        var a = stop(locker("a", km(1, 0), Map.of(SizeClass.M, 1)));
        route(courier("van", 10), a);
        parcelAt(a, SizeClass.M, a);
        var collect = new ParcelDrop(new ParcelToRoute("return", SizeClass.M, List.of("a"), true), List.of(a));
        collect.setStop(a);
        parcels.add(collect);
        verifier.verifyThat(RoutingConstraints::compartments).givenSolution(solution()).settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void aParcelCollectedRidesInTheVanAndCountsAgainstItsCapacity() {
        var a = stop(locker("a", km(1, 0), 5, SizeClass.M));
        route(courier("van", 1), a);
        parcelAt(a, SizeClass.M, a);
        var collect = new ParcelDrop(new ParcelToRoute("return", SizeClass.M, List.of("a"), true), List.of(a));
        collect.setStop(a);
        parcels.add(collect);
        verifier.verifyThat(RoutingConstraints::vanCapacity).givenSolution(solution()).settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void aParcelAtAnOfflineLockerBreaksTheHardLevel() {
        var a = stop(locker("a", km(1, 0), 10, SizeClass.values()).withOnline(false));
        route(courier("van", 10), a);
        parcelAt(a, SizeClass.S, a);
        verifier.verifyThat(RoutingConstraints::compartments).givenSolution(solution()).settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void moreParcelsThanTheVanCarriesBreakTheHardLevelByTheExcess() {
        var a = stop(locker("a", km(1, 0), 10, SizeClass.M));
        var b = stop(locker("b", km(2, 0), 10, SizeClass.M));
        route(courier("van", 3), a, b);
        for (int i = 0; i < 5; i++) {
            parcelAt(i % 2 == 0 ? a : b, SizeClass.M, a, b);
        }
        verifier.verifyThat(RoutingConstraints::vanCapacity).givenSolution(solution()).settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void aStopAfterTheLockerClosesCostsItsMinutesLateOnTheHardLevel() {
        var closesAt812 = new LockerSite("a", km(5, 0), 0, 8 * 60 + 12, Map.of(SizeClass.M, 5), true);
        var a = stop(closesAt812);
        route(courier("van", 10), a);
        parcelAt(a, SizeClass.M, a);
        parcelAt(a, SizeClass.M, a);
        // 8:00 + 10 min driving + 3 per stop + 2 × 1 per parcel = 8:15, three minutes after closing
        verifier.verifyThat(RoutingConstraints::lateness).givenSolution(solution()).settingAllShadowVariables()
                .penalizesBy(3);
    }

    @Test
    void aStopInTimeCostsNothingOnTheHardLevel() {
        var a = stop(locker("a", km(5, 0), 5, SizeClass.M));
        route(courier("van", 10), a);
        parcelAt(a, SizeClass.M, a);
        verifier.verifyThat(RoutingConstraints::lateness).givenSolution(solution()).settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void everyMetreFromTheDepotThroughTheStopsAndBackIsSoftCost() {
        var north = stop(locker("north", km(2, 0), 5, SizeClass.M));
        var northEast = stop(locker("north-east", km(2, 2), 5, SizeClass.M));
        var offRoute = stop(locker("far", km(9, 9), 5, SizeClass.M));
        route(courier("van", 10), north, northEast);
        parcelAt(north, SizeClass.M, north);
        parcelAt(north, SizeClass.M, north);
        parcelAt(northEast, SizeClass.M, northEast);
        parcelAt(null, SizeClass.M, offRoute);
        long expected = Math.round(DEPOT.metresTo(north.getPlace()))
                + Math.round(north.getPlace().metresTo(northEast.getPlace()) + northEast.getPlace().metresTo(DEPOT));
        verifier.verifyThat(RoutingConstraints::metresDriven).givenSolution(solution()).settingAllShadowVariables()
                .penalizesBy(expected);
    }

    @Test
    void anUnroutedParcelAndAParcelAtAStopNoVanDrivesToCostOneMediumEach() {
        var routed = stop(locker("a", km(1, 0), 5, SizeClass.M));
        var notDrivenTo = stop(locker("b", km(2, 0), 5, SizeClass.M));
        route(courier("van", 10), routed);
        parcelAt(routed, SizeClass.M, routed, notDrivenTo);
        parcelAt(null, SizeClass.M, routed, notDrivenTo);
        parcelAt(notDrivenTo, SizeClass.M, routed, notDrivenTo);
        var plan = solution();
        verifier.verifyThat(RoutingConstraints::unroutedParcel).givenSolution(plan).settingAllShadowVariables()
                .penalizesBy(1);
        verifier.verifyThat(RoutingConstraints::parcelAtStopOffRoute).givenSolution(plan).settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void aParcelAtTheRetailersSecondLockerCostsOnePreferenceRank() {
        var first = stop(locker("first", km(1, 0), 5, SizeClass.M));
        var second = stop(locker("second", km(2, 0), 5, SizeClass.M));
        route(courier("van", 10), first, second);
        parcelAt(second, SizeClass.M, first, second);
        parcelAt(first, SizeClass.M, first, second);
        verifier.verifyThat(RoutingConstraints::preference).givenSolution(solution()).settingAllShadowVariables()
                .penalizesBy(RoutingConstraints.METRES_PER_PREFERENCE_RANK);
    }
}
