package io.lockernet.routing;

import io.lockernet.routing.entity.CourierShift;
import io.lockernet.routing.entity.LockerSite;
import io.lockernet.routing.entity.ParcelToRoute;
import io.lockernet.routing.entity.Place;
import io.lockernet.routing.entity.RoutingProblem;
import io.lockernet.routing.entity.SizeClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Small problems for tests: a depot in the middle of a town a few kilometres across, lockers open 7:00–22:00 or day
 * and night, and vans at 30 km/h with 3 minutes per stop and 1 per parcel.
 */
public final class SmallTown {

    public static final Place DEPOT = new Place(52.5200, 13.4050);
    public static final double SPEED = 500;
    public static final int PER_STOP = 3;
    public static final int PER_PARCEL = 1;

    private SmallTown() {
    }

    /** A place {@code north} and {@code east} kilometres from the depot. */
    public static Place km(double north, double east) {
        return new Place(DEPOT.latitude() + north / 111.2,
                DEPOT.longitude() + east / (111.2 * Math.cos(Math.toRadians(DEPOT.latitude()))));
    }

    /** An online locker open 7:00–22:00 with {@code free} compartments of each size given. */
    public static LockerSite locker(String id, Place place, int free, SizeClass... sizes) {
        var compartments = new EnumMap<SizeClass, Integer>(SizeClass.class);
        for (var size : sizes) {
            compartments.put(size, free);
        }
        return new LockerSite(id, place, 7 * 60, 22 * 60, compartments, true);
    }

    public static LockerSite locker(String id, Place place, Map<SizeClass, Integer> free) {
        return new LockerSite(id, place, 7 * 60, 22 * 60, free, true);
    }

    /** A van from the depot, 8:00–16:00. */
    public static CourierShift courier(String id, int capacity) {
        return new CourierShift(id, DEPOT, 8 * 60, 16 * 60, capacity);
    }

    public static ParcelToRoute parcel(String id, SizeClass size, String... lockers) {
        return new ParcelToRoute(id, size, List.of(lockers));
    }

    public static RoutingProblem problem(List<LockerSite> lockers, List<CourierShift> couriers,
            List<ParcelToRoute> parcels) {
        return new RoutingProblem(lockers, couriers, parcels, SPEED, PER_STOP, PER_PARCEL);
    }

    /**
     * Four lockers 1–3 km around the depot with 4 free compartments of each of S, M and L, two vans of 12, and 16
     * parcels of mixed sizes, each allowed at two or three lockers; everything fits with room to spare.
     */
    public static RoutingProblem fourLockers() {
        var lockers = List.of(
                locker("north", km(2, 0), 4, SizeClass.S, SizeClass.M, SizeClass.L),
                locker("east", km(0, 3), 4, SizeClass.S, SizeClass.M, SizeClass.L),
                locker("south", km(-1.5, 0.5), 4, SizeClass.S, SizeClass.M, SizeClass.L),
                locker("west", km(0.5, -2.5), 4, SizeClass.S, SizeClass.M, SizeClass.L));
        var parcels = new ArrayList<ParcelToRoute>();
        String[][] choices = {{"north", "east"}, {"east", "south", "north"}, {"south", "west"}, {"west", "north"}};
        SizeClass[] sizes = {SizeClass.XS, SizeClass.S, SizeClass.M, SizeClass.L};
        for (int i = 0; i < 16; i++) {
            parcels.add(parcel("p" + i, sizes[i / choices.length % sizes.length], choices[i % choices.length]));
        }
        return problem(lockers, List.of(courier("van-1", 12), courier("van-2", 12)), parcels);
    }
}
