package io.lockernet.routing.entity;

import java.util.List;

/**
 * One day's routing question: these lockers, these vans, these parcels.
 *
 * @param lockers the lockers that parcels may go to, online or not
 * @param couriers the vans of the day
 * @param parcels the parcels still at the depot (those delivered already are left out by the caller)
 * @param speedMetresPerMinute average driving speed over the great-circle distance, detours included
 * @param minutesPerStop minutes for parking and walking to the locker, once per stop
 * @param minutesPerParcel minutes to put one parcel into its compartment
 */
public record RoutingProblem(List<LockerSite> lockers, List<CourierShift> couriers, List<ParcelToRoute> parcels,
        double speedMetresPerMinute, int minutesPerStop, int minutesPerParcel) {

    public RoutingProblem {
        lockers = List.copyOf(lockers);
        couriers = List.copyOf(couriers);
        parcels = List.copyOf(parcels);
        if (speedMetresPerMinute <= 0 || minutesPerStop < 0 || minutesPerParcel < 0) {
            throw new IllegalArgumentException("speed " + speedMetresPerMinute + " m/min, " + minutesPerStop
                    + " min per stop, " + minutesPerParcel + " min per parcel");
        }
    }
}
