package io.lockernet.routing;

import io.lockernet.routing.entity.CourierShift;
import io.lockernet.routing.entity.LockerSite;
import io.lockernet.routing.entity.ParcelToRoute;
import io.lockernet.routing.entity.Place;
import io.lockernet.routing.entity.RoutingProblem;
import io.lockernet.routing.entity.SizeClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Random;

/**
 * A seeded random city for the routing benchmark: lockers spread over a square, some open 7:00–22:00 and some day and
 * night, each with 20–40 free compartments of mixed sizes; vans from one depot in the middle, an early and a late
 * shift of 8 hours; parcels of mixed sizes, each allowed at the 1–3 lockers nearest to its customer, nearest first
 * (the customer's choice).
 */
public final class RandomCity {

    public static final Place CENTRE = new Place(52.5200, 13.4050);
    /** Shares of compartment sizes, XS to XXL, in per cent; parcels are smaller on the whole. */
    private static final int[] COMPARTMENT_SHARES = {10, 25, 30, 20, 10, 5};
    private static final int[] PARCEL_SHARES = {15, 30, 30, 15, 7, 3};

    private RandomCity() {
    }

    public static RoutingProblem generate(long seed, int lockers, double squareKm, int couriers, int capacity,
            int parcels) {
        var random = new Random(seed);
        var sites = new ArrayList<LockerSite>();
        for (int i = 0; i < lockers; i++) {
            var free = new EnumMap<SizeClass, Integer>(SizeClass.class);
            int total = 20 + random.nextInt(21);
            for (int c = 0; c < total; c++) {
                free.merge(pick(random, COMPARTMENT_SHARES), 1, Integer::sum);
            }
            boolean dayAndNight = random.nextInt(10) < 4;
            sites.add(new LockerSite("L%02d".formatted(i), somewhere(random, squareKm),
                    dayAndNight ? 0 : 7 * 60, dayAndNight ? 24 * 60 : 22 * 60, free, true));
        }
        var shifts = new ArrayList<CourierShift>();
        for (int i = 0; i < couriers; i++) {
            int start = i % 2 == 0 ? 7 * 60 : 10 * 60;
            shifts.add(new CourierShift("C%d".formatted(i), CENTRE, start, start + 8 * 60, capacity));
        }
        var toRoute = new ArrayList<ParcelToRoute>();
        for (int i = 0; i < parcels; i++) {
            var home = somewhere(random, squareKm);
            var allowed = sites.stream()
                    .sorted(Comparator.comparingDouble(site -> home.metresTo(site.place())))
                    .limit(1 + random.nextInt(3))
                    .map(LockerSite::id)
                    .toList();
            toRoute.add(new ParcelToRoute("P%03d".formatted(i), pick(random, PARCEL_SHARES), allowed));
        }
        // 24 km/h over the great circle (about 30 km/h on the streets), 4 min per stop, 1 per parcel
        return new RoutingProblem(sites, shifts, toRoute, 400, 4, 1);
    }

    private static Place somewhere(Random random, double squareKm) {
        double north = (random.nextDouble() - 0.5) * squareKm;
        double east = (random.nextDouble() - 0.5) * squareKm;
        return new Place(CENTRE.latitude() + north / 111.2,
                CENTRE.longitude() + east / (111.2 * Math.cos(Math.toRadians(CENTRE.latitude()))));
    }

    private static SizeClass pick(Random random, int[] shares) {
        int roll = random.nextInt(100);
        for (int i = 0; i < shares.length; i++) {
            roll -= shares[i];
            if (roll < 0) {
                return SizeClass.values()[i];
            }
        }
        return SizeClass.XXL;
    }
}
